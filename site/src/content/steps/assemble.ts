import { LANGUAGES, localPath, type Language } from '../../i18n/languages.ts'
import type { SiteImage } from '../images.ts'
import type { SiteContent } from '../model.ts'
import type { ContentProblem } from '../problems.ts'
import { isLive } from '../publication.ts'
import type * as schemas from '../schemas.ts'
import { buildAsks } from './asks.ts'
import { createContext, linksById, type StepContext } from './context.ts'
import { documentsIn, type DocumentsByType, type TranslationIndex } from './languages.ts'
import { buildMilestones } from './milestones.ts'
import { buildNations } from './nations.ts'
import { collectBodyImages, collectLinkWarnings } from './rich-text.ts'
import { checkSlugsUnique } from './slugs.ts'
import { buildStories, checkStorySlugs } from './stories.ts'
import { buildUpdates } from './updates.ts'

export type Edition = Omit<SiteContent, 'source' | 'origin' | 'now' | 'siteUrl' | 'languages' | 'edition' | 'imageAssets' | 'imageOrigin' | 'leftOut' | 'warnings' | 'renderRichText'>

export type Singletons = Map<Language, { settings: schemas.SiteSettingsResult | null; campaign: schemas.CampaignResult | null }>

export interface AssembleInput {
  /** Every document that passed its own schema, by kind, in every language. */
  all: DocumentsByType
  singletons: Singletons
  translations: TranslationIndex
  /** Stories whose consent ended (see validateStories). */
  withheld: readonly { _id: string; language: Language }[]
  now: Date
  image: (value: schemas.ImageResult | null | undefined) => SiteImage | null
}

export interface Assembled {
  editions: Map<Language, Edition>
  warnings: string[]
  /** Problems found between documents: duplicate slugs, broken references. */
  problems: ContentProblem[]
}

/**
 * Joins the documents into each language's edition, one step a kind. Documents in
 * `leftOut` are dropped first, and a reference to one is dropped without a word:
 * the problem that left it out is reported on that document, as is any in `known`.
 */
export function assemble(input: AssembleInput, known: readonly ContentProblem[], leftOut: ReadonlySet<string>): Assembled {
  const { singletons, translations, now } = input
  const ctx = createContext(now, input.image, (id) => leftOut.has(id) || known.some((p) => p.id === id))
  const keep = <T extends { _id: string }>(docs: readonly T[]) => docs.filter((d) => !leftOut.has(d._id))
  const all: DocumentsByType = {
    nations: keep(input.all.nations),
    asks: keep(input.all.asks),
    updates: keep(input.all.updates),
    stories: keep(input.all.stories),
    milestones: keep(input.all.milestones),
  }

  // Addresses are per language: /asks/x/ and /cy/asks/x/ are different pages.
  for (const language of LANGUAGES) {
    for (const docs of [all.nations, all.asks, all.updates, all.stories]) checkSlugsUnique(docs.filter((d) => d.language === language), ctx)
  }
  checkStorySlugs(all.stories, ctx)

  const editions = new Map<Language, Edition>(
    [...singletons].map(([language, { settings, campaign }]) => [language, buildEdition(language, documentsIn(language, all, translations, input.withheld), settings, campaign, ctx)]),
  )

  // Links that will be dropped: warn with the document named, so an editor can mend them.
  const warnings: string[] = []
  for (const doc of [...all.asks, ...all.updates.filter((u) => isLive(u, now)), ...all.stories]) collectLinkWarnings(doc, 'body', doc.body, warnings)
  for (const { campaign } of singletons.values()) {
    if (!campaign) continue // invalid: its problem stops the build
    collectLinkWarnings(campaign, 'problem', campaign.problem, warnings)
    collectLinkWarnings(campaign, 'change', campaign.change, warnings)
    for (const text of [campaign.problem, campaign.change]) collectBodyImages(text, ctx.image)
  }
  for (const edition of editions.values()) {
    for (const doc of [...edition.updates, ...edition.stories, ...edition.asks]) collectBodyImages(doc.body, ctx.image)
  }
  return { editions, warnings, problems: ctx.problems }
}

/** One language's site from its documents (see documentsIn); the campaign and settings are known valid. */
function buildEdition(
  language: Language,
  docs: DocumentsByType,
  settings: schemas.SiteSettingsResult | null,
  campaign: schemas.CampaignResult | null,
  ctx: StepContext,
): Edition {
  // Nations and asks first: everything else links to them.
  const nations = buildNations(docs.nations)
  const nationLinks = linksById(nations.map((n) => ({ id: n.id, title: n.name, path: n.path, language: n.language })))
  const askLinks = linksById(docs.asks.map((a) => ({ id: a._id, title: a.title, path: localPath(a.language, `/asks/${a.slug}/`), language: a.language })))
  const { updates, scheduledIds } = buildUpdates(docs.updates, ctx, askLinks, nationLinks)
  const { stories, feedStories } = buildStories(docs.stories, ctx, askLinks)
  const asks = buildAsks(docs.asks, ctx, nations, updates, stories, scheduledIds)
  const milestones = buildMilestones(docs.milestones, ctx, linksById(updates), scheduledIds, nationLinks)
  const heroImage = campaign ? ctx.image(campaign.heroImage) : null
  return {
    language,
    settings: settings!,
    // The count is added once every edition is known good (see loadContent).
    campaign: { ...campaign!, heroImage, petition: null },
    nations,
    asks,
    updates,
    stories,
    feedStories,
    milestones,
  }
}
