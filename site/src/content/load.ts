import { singletonIdIn } from '@campaign/schemas/languages'
import { DEFAULT_LANGUAGE, LANGUAGES, localPath, type Language } from '../i18n/languages.ts'
import { imageUrls } from './images.ts'
import type { SiteContent } from './model.ts'
import { ContentError, type ContentProblem } from './problems.ts'
import { isLive } from './publication.ts'
import { renderRichText } from './render/rich-text.ts'
import * as schemas from './schemas.ts'
import type { ContentSource } from './source/types.ts'
import { buildAsks } from './steps/asks.ts'
import { createContext, linksById, type StepContext } from './steps/context.ts'
import { fetchAll } from './steps/fetch.ts'
import { documentsIn, linkAlternates, translationIndex, type DocumentsByType } from './steps/languages.ts'
import { buildMilestones } from './steps/milestones.ts'
import { buildNations } from './steps/nations.ts'
import { petitionWithCount } from './steps/petition.ts'
import { collectBodyImages, collectLinkWarnings } from './steps/rich-text.ts'
import { checkSlugsUnique } from './steps/slugs.ts'
import { buildStories, checkStorySlugs } from './steps/stories.ts'
import { buildUpdates } from './steps/updates.ts'
import { validateMany, validateOne } from './steps/validate.ts'

/** The singletons' fixed ids (their English versions; see singletonIdIn). */
const SITE_SETTINGS_ID = 'siteSettings'
const CAMPAIGN_ID = 'campaign'

export interface LoadOptions {
  source: ContentSource
  now: Date
  siteUrl: URL
  /** PETITION_DATA_URL: where to read the petition count instead of the campaign's stored address. */
  petitionDataUrl?: string
}

type Edition = Omit<SiteContent, 'source' | 'now' | 'siteUrl' | 'languages' | 'edition' | 'imageAssets' | 'imageOrigin' | 'warnings' | 'renderRichText'>

/**
 * Reads everything a build needs in one fixed set of queries, validates every
 * document, applies the publication rules, joins references, and either returns
 * content every page can trust or throws a ContentError listing every problem.
 * Each kind of document has its own step in steps/. The result is the English
 * edition; `edition("cy")` is the Welsh one, built from the same documents.
 */
export async function loadContent({ source, now, siteUrl, petitionDataUrl }: LoadOptions): Promise<SiteContent> {
  const raw = await fetchAll(source)

  const images = imageUrls(source.images)
  const usedAssets = new Set<string>()
  const ctx = createContext(now, (value) => {
    const img = images(value)
    if (img) usedAssets.add(img.assetId)
    return img
  })
  const { problems } = ctx
  const warnings: string[] = []

  // The singletons: English must exist; a Welsh campaign document turns the Welsh site on.
  const settings = validateOne(schemas.siteSettingsSchema, singleton(raw.siteSettings, SITE_SETTINGS_ID, DEFAULT_LANGUAGE), 'siteSettings', problems)
  const campaign = validateOne(schemas.campaignSchema, singleton(raw.campaign, CAMPAIGN_ID, DEFAULT_LANGUAGE), 'campaign', problems)
  const singletons = new Map<Language, { settings: typeof settings; campaign: typeof campaign }>([[DEFAULT_LANGUAGE, { settings, campaign }]])
  for (const language of LANGUAGES.filter((l) => l !== DEFAULT_LANGUAGE)) {
    const rawCampaign = singleton(raw.campaign, CAMPAIGN_ID, language)
    if (!rawCampaign) continue
    const rawSettings = singleton(raw.siteSettings, SITE_SETTINGS_ID, language)
    if (!rawSettings) warnings.push(`siteSettings ${singletonIdIn(SITE_SETTINGS_ID, language)}: missing, so the ${language} site uses the English site settings`)
    singletons.set(language, {
      campaign: validateOne(schemas.campaignSchema, rawCampaign, 'campaign', problems),
      settings: rawSettings ? validateOne(schemas.siteSettingsSchema, rawSettings, 'siteSettings', problems) : settings,
    })
  }
  const languages = [...singletons.keys()]

  const all: DocumentsByType = {
    nations: validateMany(schemas.nationSchema, raw.nations, problems),
    asks: validateMany(schemas.askSchema, raw.asks, problems),
    updates: validateMany(schemas.updateSchema, raw.updates, problems),
    stories: validateMany(schemas.storySchema, raw.stories, problems),
    milestones: validateMany(schemas.milestoneSchema, raw.milestones, problems),
  }
  const translations = translationIndex(validateMany(schemas.translationsSchema.element, raw.translations, problems))

  // Addresses are per language: /asks/x/ and /cy/asks/x/ are different pages.
  for (const language of LANGUAGES) {
    for (const docs of [all.nations, all.asks, all.updates, all.stories]) checkSlugsUnique(docs.filter((d) => d.language === language), ctx)
  }
  checkStorySlugs(all.stories, ctx)
  const unpublished = Object.values(all).flat().filter((d: { language: Language }) => !languages.includes(d.language))
  if (unpublished.length) {
    warnings.push(`${unpublished.length} documents in ${[...new Set(unpublished.map((d) => d.language))].join(', ')} are not on the site: there is no published campaign document in that language (e.g. ${singletonIdIn(CAMPAIGN_ID, 'cy')})`)
  }

  const editions = new Map<Language, Edition>(
    languages.map((language) => {
      const { settings, campaign } = singletons.get(language)!
      return [language, buildEdition(language, documentsIn(language, all, translations), settings, campaign, ctx)]
    }),
  )

  // Links that will be dropped: warn with the document named, so an editor can mend them.
  for (const doc of [...all.asks, ...all.updates.filter((u) => isLive(u, now)), ...all.stories]) collectLinkWarnings(doc, 'body', doc.body, warnings)
  for (const { campaign } of singletons.values()) {
    if (!campaign) continue
    collectLinkWarnings(campaign, 'problem', campaign.problem, warnings)
    collectLinkWarnings(campaign, 'change', campaign.change, warnings)
  }
  for (const edition of editions.values()) {
    for (const doc of [...edition.updates, ...edition.stories, ...edition.asks]) collectBodyImages(doc.body, ctx.image)
    for (const text of [edition.campaign.problem, edition.campaign.change]) collectBodyImages(text, ctx.image)
  }

  // An English document shown in a Welsh list is checked once, not once per language.
  if (problems.length) throw new ContentError(uniqueProblems(problems))
  // Read only once the content is good: a failed build never waits on the petition platform.
  // Every language shows the one count the build took.
  const english = singletons.get(DEFAULT_LANGUAGE)!.campaign
  const counted = english ? await petitionWithCount(english.petition, { override: petitionDataUrl, now }, warnings) : null

  const shared = {
    source: source.description,
    now,
    siteUrl,
    languages,
    imageAssets: [...usedAssets].sort(),
    imageOrigin: source.images,
    warnings: [...new Set(warnings)],
    renderRichText: ((blocks, options) =>
      renderRichText(blocks, { images, absoluteUnder: options?.absolute ? siteUrl : undefined })) satisfies SiteContent['renderRichText'],
  }
  const sites = new Map<Language, SiteContent>()
  for (const [language, edition] of editions) {
    const stored = singletons.get(language)!.campaign?.petition
    sites.set(language, {
      ...shared,
      ...edition,
      campaign: { ...edition.campaign, petition: stored && counted ? { ...stored, count: counted.count } : null },
      edition(other: Language) {
        const site = sites.get(other)
        if (!site) throw new Error(`The site has no ${other} edition: it is built in ${languages.join(', ')}`)
        return site
      },
    })
  }
  linkAlternates(sites, translations)
  return sites.get(DEFAULT_LANGUAGE)!
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

/** A singleton's version in a language: at its fixed id, or (made in the Studio's Translations menu) any document in that language. */
function singleton(list: unknown, id: string, language: Language): unknown {
  if (!Array.isArray(list)) return list ?? null
  const docs = list as { _id?: string; language?: string }[]
  const fixed = docs.find((d) => d._id === singletonIdIn(id, language))
  if (language === DEFAULT_LANGUAGE) return fixed ?? null
  return fixed ?? docs.find((d) => d.language === language) ?? null
}

function uniqueProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>()
  return problems.filter((p) => {
    const key = JSON.stringify([p.type, p.id, p.field, p.message])
    return seen.has(key) ? false : (seen.add(key), true)
  })
}
