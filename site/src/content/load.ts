import { singletonIdIn } from '@campaign/schemas/languages'
import { DEFAULT_LANGUAGE, LANGUAGES, localPath, type Language } from '../i18n/languages.ts'
import { imageUrls } from './images.ts'
import type { BuildSource, SiteContent } from './model.ts'
import { ContentError, formatProblem, type ContentProblem } from './problems.ts'
import { SINGLETON_TYPES, problemsModeFrom, type ProblemsMode } from './problems-mode.ts'
import { renderRichText } from './render/rich-text.ts'
import * as schemas from './schemas.ts'
import type { ContentSource } from './source/types.ts'
import { assemble, type AssembleInput, type Singletons } from './steps/assemble.ts'
import { fetchAll } from './steps/fetch.ts'
import { linkAlternates, translationIndex, type DocumentsByType } from './steps/languages.ts'
import { petitionWithCount } from './steps/petition.ts'
import { validateStories } from './steps/stories.ts'
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
  /** A petition breakdown stored with the dataset (the bundled demo's), used when the platform gives none. */
  storedPetitionBreakdown?: string
  /** Defaults to CONTENT_PROBLEMS in the environment, else `stop`. */
  problems?: ProblemsMode
}

/**
 * Reads everything a build needs in one fixed set of queries, validates every
 * document, applies the publication rules, joins references (steps/), and either
 * returns content every page can trust or throws a ContentError listing every
 * problem. With `leave-out`, documents with problems are dropped instead and named
 * in `leftOut`; a problem in site settings or the campaign still throws. The result
 * is the English edition; `edition("cy")` is the Welsh one, built from the same documents.
 */
export async function loadContent({ source, now, siteUrl, petitionDataUrl, storedPetitionBreakdown, problems: mode = problemsModeFrom() }: LoadOptions): Promise<SiteContent> {
  const sourceWarnings = (await source.preflight?.()) ?? []
  const raw = await fetchAll(source)

  const images = imageUrls(source.images)
  const usedAssets = new Set<string>()
  const image: AssembleInput['image'] = (value) => {
    const img = images(value)
    if (img) usedAssets.add(img.assetId)
    return img
  }
  const problems: ContentProblem[] = []
  const warnings: string[] = [...sourceWarnings]

  // The singletons: English must exist; a Welsh campaign document turns the Welsh site on.
  const settings = validateOne(schemas.siteSettingsSchema, singleton(raw.siteSettings, SITE_SETTINGS_ID, DEFAULT_LANGUAGE), 'siteSettings', problems)
  const campaign = validateOne(schemas.campaignSchema, singleton(raw.campaign, CAMPAIGN_ID, DEFAULT_LANGUAGE), 'campaign', problems)
  const singletons: Singletons = new Map([[DEFAULT_LANGUAGE, { settings, campaign }]])
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

  const stories = validateStories(raw.stories, now, problems)
  const all: DocumentsByType = {
    nations: validateMany(schemas.nationSchema, raw.nations, problems),
    asks: validateMany(schemas.askSchema, raw.asks, problems),
    updates: validateMany(schemas.updateSchema, raw.updates, problems),
    stories: stories.stories,
    milestones: validateMany(schemas.milestoneSchema, raw.milestones, problems),
  }
  const translations = translationIndex(validateMany(schemas.translationsSchema.element, raw.translations, problems))
  const unpublished = Object.values(all).flat().filter((d: { language: Language }) => !languages.includes(d.language))
  if (unpublished.length) {
    warnings.push(`${unpublished.length} documents in ${[...new Set(unpublished.map((d) => d.language))].join(', ')} are not on the site: there is no published campaign document in that language (e.g. ${singletonIdIn(CAMPAIGN_ID, 'cy')})`)
  }

  const input: AssembleInput = { all, singletons, translations, withheld: stories.ended, now, image }
  let assembled = assemble(input, problems, new Set())
  problems.push(...assembled.problems)
  // An English document shown in a Welsh list is checked once, not once per language.
  const stops = mode === 'stop' ? problems : problems.filter((p) => SINGLETON_TYPES.has(p.type))
  if (stops.length) throw new ContentError(uniqueProblems(mode === 'stop' ? problems : stops))

  // Leaving a document out can only remove links, never add a problem; the loop is
  // a guard, and ends as soon as a pass finds nothing new.
  const leftOut = new Set(problems.map((p) => p.id))
  while (problems.length) {
    usedAssets.clear()
    assembled = assemble(input, problems, leftOut)
    const fresh = assembled.problems.filter((p) => !leftOut.has(p.id))
    if (!fresh.length) break
    problems.push(...fresh)
    for (const p of fresh) leftOut.add(p.id)
  }
  const reported = uniqueProblems(problems)
  if (reported.length) {
    warnings.push(`${leftOut.size} documents with problems were left out of the site (CONTENT_PROBLEMS=leave-out):`)
    warnings.push(...reported.map((p) => `left out: ${formatProblem(p)}`))
  }
  warnings.push(...assembled.warnings)
  const leftOutPaths = pagesOf(all, leftOut)

  // Read only once the content is good: a failed build never waits on the petition platform.
  // Every language shows the one count the build took.
  const english = singletons.get(DEFAULT_LANGUAGE)!.campaign
  const counted = english ? await petitionWithCount(english.petition, { override: petitionDataUrl, now, storedBreakdownFile: storedPetitionBreakdown }, warnings) : null

  const shared = {
    source: source.description,
    origin: originOf(source),
    now,
    siteUrl,
    languages,
    leftOut: reported,
    imageAssets: [...usedAssets].sort(),
    imageOrigin: source.images,
    warnings: [...new Set(warnings)],
    renderRichText: ((blocks, options) =>
      renderRichText(blocks, { images, absoluteUnder: options?.absolute ? siteUrl : undefined, leftOutPaths })) satisfies SiteContent['renderRichText'],
  }
  const sites = new Map<Language, SiteContent>()
  for (const [language, edition] of assembled.editions) {
    const stored = singletons.get(language)!.campaign?.petition
    sites.set(language, {
      ...shared,
      ...edition,
      campaign: { ...edition.campaign, petition: stored && counted ? { ...stored, count: counted.count, breakdown: counted.breakdown } : null },
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

/** The page addresses of documents left out, so links to them in text are dropped too. */
function pagesOf(all: DocumentsByType, leftOut: ReadonlySet<string>): Set<string> {
  const kinds = [
    [all.updates, 'updates'],
    [all.asks, 'asks'],
    [all.stories, 'stories'],
    [all.nations, 'nations'],
  ] as const
  return new Set(
    kinds.flatMap(([docs, folder]) =>
      (docs as readonly { _id: string; slug: string; language: Language }[])
        .filter((d) => leftOut.has(d._id))
        .map((d) => localPath(d.language, `/${folder}/${d.slug}/`)),
    ),
  )
}

/** Where the content came from, for /build.json: never a token, never a local path. */
function originOf(source: ContentSource): BuildSource {
  const origin = source.images
  return origin.kind === 'sanity-cdn' ? { kind: 'sanity', projectId: origin.projectId, dataset: origin.dataset } : { kind: 'dataset-file' }
}
