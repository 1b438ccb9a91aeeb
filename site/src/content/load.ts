import { imageUrls } from './images.ts'
import type { SiteContent } from './model.ts'
import { ContentError } from './problems.ts'
import { renderRichText } from './render/rich-text.ts'
import * as schemas from './schemas.ts'
import type { ContentSource } from './source/types.ts'
import { buildAsks } from './steps/asks.ts'
import { createContext, linksById } from './steps/context.ts'
import { fetchAll } from './steps/fetch.ts'
import { buildMilestones } from './steps/milestones.ts'
import { buildNations } from './steps/nations.ts'
import { petitionWithCount } from './steps/petition.ts'
import { collectBodyImages, collectLinkWarnings } from './steps/rich-text.ts'
import { checkSlugsUnique } from './steps/slugs.ts'
import { buildStories, checkStorySlugs } from './steps/stories.ts'
import { buildUpdates } from './steps/updates.ts'
import { validateMany, validateOne } from './steps/validate.ts'

export interface LoadOptions {
  source: ContentSource
  now: Date
  siteUrl: URL
  /** PETITION_DATA_URL: where to read the petition count instead of the campaign's stored address. */
  petitionDataUrl?: string
}

/**
 * Reads everything a build needs in one fixed set of queries, validates every
 * document, applies the publication rules, joins references, and either returns
 * content every page can trust or throws a ContentError listing every problem.
 * Each kind of document has its own step in steps/.
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

  const settings = validateOne(schemas.siteSettingsSchema, raw.siteSettings, 'siteSettings', problems)
  const campaign = validateOne(schemas.campaignSchema, raw.campaign, 'campaign', problems)
  const nationDocs = validateMany(schemas.nationSchema, raw.nations, problems)
  const askDocs = validateMany(schemas.askSchema, raw.asks, problems)
  const updateDocs = validateMany(schemas.updateSchema, raw.updates, problems)
  const storyDocs = validateMany(schemas.storySchema, raw.stories, problems)
  const milestoneDocs = validateMany(schemas.milestoneSchema, raw.milestones, problems)

  for (const docs of [nationDocs, askDocs, updateDocs, storyDocs]) checkSlugsUnique(docs, ctx)
  checkStorySlugs(storyDocs, ctx)

  // Nations and asks first: everything else links to them.
  const nations = buildNations(nationDocs)
  const nationLinks = linksById(nations.map((n) => ({ id: n.id, title: n.name, path: n.path })))
  const askLinks = linksById(askDocs.map((a) => ({ id: a._id, title: a.title, path: `/asks/${a.slug}/` })))
  const { updates, liveDocs, scheduledIds } = buildUpdates(updateDocs, ctx, askLinks, nationLinks)
  const { stories, feedStories } = buildStories(storyDocs, ctx, askLinks)
  const asks = buildAsks(askDocs, ctx, nations, updates, stories, scheduledIds)
  const milestones = buildMilestones(milestoneDocs, ctx, linksById(updates), scheduledIds, nationLinks)
  const heroImage = campaign ? ctx.image(campaign.heroImage) : null

  const warnings: string[] = []
  for (const doc of [...askDocs, ...liveDocs, ...storyDocs]) collectLinkWarnings(doc, 'body', doc.body, warnings)
  if (campaign) {
    collectLinkWarnings(campaign, 'problem', campaign.problem, warnings)
    collectLinkWarnings(campaign, 'change', campaign.change, warnings)
  }
  for (const doc of [...updates, ...stories, ...asks]) collectBodyImages(doc.body, ctx.image)
  if (campaign) for (const text of [campaign.problem, campaign.change]) collectBodyImages(text, ctx.image)

  if (problems.length) throw new ContentError(problems)
  // Read only once the content is good: a failed build never waits on the petition platform.
  const petition = campaign ? await petitionWithCount(campaign.petition, { override: petitionDataUrl, now }, warnings) : null

  return {
    source: source.description,
    now,
    siteUrl,
    settings: settings!,
    campaign: { ...campaign!, heroImage, petition },
    nations,
    asks,
    updates,
    stories,
    feedStories,
    milestones,
    imageAssets: [...usedAssets].sort(),
    imageOrigin: source.images,
    warnings,
    renderRichText: (blocks, options) =>
      renderRichText(blocks, { images, absoluteUnder: options?.absolute ? siteUrl : undefined }),
  }
}
