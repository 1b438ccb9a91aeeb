import type { z } from 'zod'
import { imageUrls } from './images.ts'
import type { Ask, DocumentLink, Milestone, Nation, SiteContent, Story, Update } from './model.ts'
import { ContentError, fieldPath, type ContentProblem } from './problems.ts'
import { consentCovers, isLive } from './publication.ts'
import { queries } from './queries.ts'
import { renderRichText } from './render/rich-text.ts'
import { safeHref } from './render/links.ts'
import * as schemas from './schemas.ts'
import type { ContentSource } from './source/types.ts'
import { MILESTONE_KINDS, PROGRESS_STATUSES, UPDATE_KINDS } from './vocabulary.ts'

export interface LoadOptions {
  source: ContentSource
  now: Date
  siteUrl: URL
}

/** Query fields renamed for the site, back to the names editors see in the Studio. */
const EDITOR_FIELD: Record<string, string> = {
  relatedAskIds: 'relatedAsks',
  relatedNationIds: 'relatedNations',
  nationId: 'nation',
  reportId: 'report',
  assetId: 'asset',
}

const storyName = (s: schemas.StoryResult): string => {
  if (s.naming === 'anonymous' || !s.fullName) return 'Anonymous'
  return s.naming === 'first-name' ? s.fullName.trim().split(/\s+/)[0]! : s.fullName.trim()
}

/**
 * Reads everything a build needs in one fixed set of queries, validates every
 * document, applies the publication rules, joins references, and either returns
 * content every page can trust or throws a ContentError listing every problem.
 */
export async function loadContent({ source, now, siteUrl }: LoadOptions): Promise<SiteContent> {
  const names = Object.keys(queries) as (keyof typeof queries)[]
  const results = await Promise.all(names.map((name) => source.fetch(queries[name], {})))
  const raw = Object.fromEntries(names.map((name, i) => [name, results[i]])) as Record<keyof typeof queries, unknown>

  const problems: ContentProblem[] = []
  const warnings: string[] = []
  const problem = (doc: { _type: string; _id: string }, field: string, message: string) =>
    problems.push({ type: doc._type, id: doc._id, field, message })
  // A reference to a document that failed validation is reported once, on that document.
  const isInvalid = (id: string) => problems.some((p) => p.id === id)

  const settings = validateOne(schemas.siteSettingsSchema, raw.siteSettings, 'siteSettings', problems)
  const campaign = validateOne(schemas.campaignSchema, raw.campaign, 'campaign', problems)
  const nationDocs = validateMany(schemas.nationSchema, raw.nations, problems)
  const askDocs = validateMany(schemas.askSchema, raw.asks, problems)
  const updateDocs = validateMany(schemas.updateSchema, raw.updates, problems)
  const storyDocs = validateMany(schemas.storySchema, raw.stories, problems)
  const milestoneDocs = validateMany(schemas.milestoneSchema, raw.milestones, problems)

  for (const docs of [nationDocs, askDocs, updateDocs, storyDocs]) checkSlugsUnique(docs, problem)
  for (const story of storyDocs) {
    if (story.naming === 'anonymous' && story.fullName && slugNames(story.slug, story.fullName)) {
      problem(story, 'slug', 'contains the name of a person who chose to be anonymous')
    }
  }

  const images = imageUrls(source.images)
  const usedAssets = new Set<string>()
  const image = (value: schemas.ImageResult | null | undefined) => {
    const img = images(value)
    if (img) usedAssets.add(img.assetId)
    return img
  }

  // Nations and asks first: everything else links to them.
  const nations: Nation[] = nationDocs.map((n) => ({
    id: n._id,
    slug: n.slug,
    path: `/nations/${n.slug}/`,
    name: n.name,
    government: n.government ?? null,
    healthMinister: n.healthMinister ? { name: n.healthMinister.name ?? null, role: n.healthMinister.role ?? null } : null,
  }))
  const nationById = new Map(nations.map((n) => [n.id, n]))
  const askLinks = new Map<string, DocumentLink>(askDocs.map((a) => [a._id, { id: a._id, title: a.title, path: `/asks/${a.slug}/` }]))
  const nationLinks = new Map<string, DocumentLink>(nations.map((n) => [n.id, { id: n.id, title: n.name, path: n.path }]))

  const link = (
    doc: { _type: string; _id: string },
    field: string,
    ids: readonly string[],
    targets: Map<string, DocumentLink>,
    kind: string,
  ): DocumentLink[] =>
    ids.flatMap((id, i) => {
      const target = targets.get(id)
      if (!target && !isInvalid(id)) problem(doc, `${field}[${i}]`, `refers to ${kind} ${id}, which is missing or not published`)
      return target ? [target] : []
    })

  const liveUpdates = updateDocs.filter((u) => isLive(u, now))
  const scheduledIds = new Set(updateDocs.filter((u) => !isLive(u, now)).map((u) => u._id))
  const updates: Update[] = liveUpdates.map((u) => ({
    id: u._id,
    slug: u.slug,
    path: `/updates/${u.slug}/`,
    title: u.title,
    publishedAt: u.publishedAt,
    updatedAt: u.updatedAt ?? null,
    kind: u.kind,
    kindLabel: UPDATE_KINDS[u.kind],
    summary: u.summary ?? null,
    body: u.body,
    heroImage: image(u.heroImage),
    asks: link(u, 'relatedAsks', u.relatedAskIds, askLinks, 'ask'),
    nations: link(u, 'relatedNations', u.relatedNationIds, nationLinks, 'nation'),
  }))
  const updateLinks = new Map<string, DocumentLink>(updates.map((u) => [u.id, { id: u.id, title: u.title, path: u.path }]))

  const toStory = (s: schemas.StoryResult): Story => ({
    id: s._id,
    slug: s.slug,
    path: `/stories/${s.slug}/`,
    title: s.title,
    addedAt: s.createdAt ?? null,
    naming: s.naming,
    displayName: storyName(s),
    age: s.age ?? null,
    place: s.place ?? null,
    summary: s.summary ?? null,
    body: s.body,
    portrait: image(s.portrait),
    contentNote: s.contentNote?.trim() || null,
    asks: link(s, 'relatedAsks', s.relatedAskIds, askLinks, 'ask'),
    channels: s.consent.channels,
  })
  const stories = storyDocs.filter((s) => consentCovers(s, 'site', now)).map(toStory)
  const feedStories = storyDocs.filter((s) => consentCovers(s, 'feeds', now)).map(toStory)

  const asks: Ask[] = askDocs.map((a) => {
    a.progress.forEach((p, i) => {
      if (!nationById.has(p.nationId) && !isInvalid(p.nationId)) problem(a, `progress[${i}].nation`, `refers to nation ${p.nationId}, which is missing or not published`)
    })
    const path = `/asks/${a.slug}/`
    return {
      id: a._id,
      slug: a.slug,
      path,
      feedPath: `${path}rss.xml`,
      title: a.title,
      summary: a.summary ?? null,
      body: a.body,
      order: a.order,
      evidence: a.evidence,
      progress: nations.map((nation) => {
        const p = a.progress.find((row) => row.nationId === nation.id)
        const status = p?.status ?? 'not-raised'
        return {
          nation,
          status,
          statusLabel: PROGRESS_STATUSES[status],
          ministerMet: p?.ministerMet ?? null,
          date: p?.date ?? null,
          note: p?.note ?? null,
          source: p?.source ?? null,
        }
      }),
      updates: updates.filter((u) => u.asks.some((l) => l.id === a._id)).map((u) => updateLinks.get(u.id)!),
      stories: stories.filter((s) => s.asks.some((l) => l.id === a._id)).map((s) => ({ id: s.id, title: s.title, path: s.path })),
    }
  })

  const milestones: Milestone[] = milestoneDocs.map((m) => {
    let report: DocumentLink | null = null
    if (m.reportId) {
      report = updateLinks.get(m.reportId) ?? null
      // A report that is scheduled is simply not linked yet; one that does not exist is an error.
      if (!report && !scheduledIds.has(m.reportId) && !isInvalid(m.reportId)) problem(m, 'report', `refers to update ${m.reportId}, which is missing or not published`)
    }
    let nation: DocumentLink | null = null
    if (m.nationId) {
      nation = nationLinks.get(m.nationId) ?? null
      if (!nation && !isInvalid(m.nationId)) problem(m, 'nation', `refers to nation ${m.nationId}, which is missing or not published`)
    }
    return {
      id: m._id,
      title: m.title,
      date: m.date,
      kind: m.kind,
      kindLabel: MILESTONE_KINDS[m.kind],
      outcome: m.outcome ?? null,
      nation,
      report,
    }
  })

  const heroImage = campaign ? image(campaign.heroImage) : null

  // Links that will be dropped: warn with the document named, so an editor can mend them.
  const published = [...askDocs, ...liveUpdates, ...storyDocs]
  for (const doc of published) collectLinkWarnings(doc, 'body', doc.body, warnings)
  if (campaign) {
    collectLinkWarnings(campaign, 'problem', campaign.problem, warnings)
    collectLinkWarnings(campaign, 'change', campaign.change, warnings)
  }
  for (const doc of [...updates, ...stories, ...asks]) collectBodyImages(doc.body, image)
  if (campaign) for (const text of [campaign.problem, campaign.change]) collectBodyImages(text, image)

  if (problems.length) throw new ContentError(problems)

  return {
    source: source.description,
    now,
    siteUrl,
    settings: settings!,
    campaign: { ...campaign!, heroImage },
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

function validateOne<S extends z.ZodType>(schema: S, value: unknown, id: string, problems: ContentProblem[]): z.output<S> | null {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  const doc = (value ?? {}) as { _id?: string; _type?: string }
  for (const issue of parsed.error.issues) {
    problems.push({ type: doc._type ?? id, id: doc._id ?? id, field: editorField(issue.path), message: issue.message })
  }
  return null
}

function validateMany<S extends z.ZodType>(schema: S, value: unknown, problems: ContentProblem[]): z.output<S>[] {
  if (!Array.isArray(value)) throw new ContentError([{ type: '(query)', id: '(result)', field: '(result)', message: 'the source answered with something other than a list' }])
  const valid: z.output<S>[] = []
  for (const doc of value) {
    const before = problems.length
    const result = validateOne(schema, doc, '(unknown)', problems)
    if (result && problems.length === before) valid.push(result)
  }
  return valid
}

function editorField(path: ReadonlyArray<PropertyKey>): string {
  return fieldPath(path.map((part) => (typeof part === 'string' ? (EDITOR_FIELD[part] ?? part) : part)))
}

function checkSlugsUnique(
  docs: ReadonlyArray<{ _id: string; _type: string; slug: string }>,
  problem: (doc: { _type: string; _id: string }, field: string, message: string) => void,
) {
  const first = new Map<string, string>()
  for (const doc of docs) {
    const other = first.get(doc.slug)
    if (other) problem(doc, 'slug', `"${doc.slug}" is already used by ${doc._type} ${other}`)
    else first.set(doc.slug, doc._id)
  }
}

function slugNames(slug: string, fullName: string): boolean {
  return fullName
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((part) => part.length > 1 && slug.split('-').includes(part))
}

type Block = { _type?: string; markDefs?: { _type?: string; href?: unknown }[]; url?: unknown }

function collectLinkWarnings(doc: { _type: string; _id: string }, field: string, blocks: readonly unknown[], warnings: string[]) {
  blocks.forEach((raw, i) => {
    const block = raw as Block
    const hrefs = [...(block.markDefs ?? []).filter((d) => d._type === 'link').map((d) => d.href)]
    if (block._type === 'callToAction') hrefs.push(block.url)
    for (const href of hrefs) {
      if (!safeHref(href)) {
        warnings.push(
          `${doc._type} ${doc._id} ${field}[${i}]: link ${JSON.stringify(href)} dropped (only https, http, mailto, tel and site-relative links are published)`,
        )
      }
    }
  })
}

function collectBodyImages(blocks: readonly unknown[], image: (v: schemas.ImageResult) => unknown) {
  for (const raw of blocks) {
    const block = raw as { _type?: string; asset?: { _ref?: string }; alt?: string; decorative?: boolean }
    if (block._type === 'imageWithAlt' && block.asset?._ref) image({ ...block, assetId: block.asset._ref })
  }
}
