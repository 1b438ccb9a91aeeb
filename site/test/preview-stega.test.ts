// Click-to-edit in the drafts preview: the client hides an edit link in each
// string of reader-facing text. Slugs, URLs, dates, ids and fixed choices must
// arrive untouched, because the content layer checks them with zod and code uses them.
import { fileURLToPath } from 'node:url'
import { stegaClean } from '@sanity/client/stega'
import { vercelStegaCombine, vercelStegaDecode } from '@vercel/stega'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ContentSource } from '../src/content/source/types.ts'
import { queries } from '../src/content/queries.ts'
import * as schemas from '../src/content/schemas.ts'
import { openSanity } from '../src/content/source/sanity.ts'
import { EditLinks } from '../src/preview/edit-links.ts'
import { loadPreviewContent } from '../src/preview/load.ts'
import { isEditableTextPath, stegaConfig } from '../src/preview/stega.ts'
import { TEST_NOW, TEST_SITE_URL } from './support/build-site.ts'
import { startPreviewLake, type PreviewLake } from './support/preview-lake.ts'

const DEMO = fileURLToPath(new URL('../../studio/seed/demo/data.ndjson', import.meta.url))
const STUDIO = 'http://localhost:3333'
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

let lake: PreviewLake
let source: ContentSource

beforeAll(async () => {
  lake = await startPreviewLake(DEMO)
  source = openSanity({ projectId: 'preview', dataset: 'production', perspective: 'drafts', token: 'viewer-token', apiHost: lake.url, stega: stegaConfig(STUDIO), maxRetries: 0 })
})
afterAll(() => lake?.close())

const hasStega = (s: string) => stegaClean(s) !== s

/** Every string in a value, with its path of keys. */
function strings(value: unknown, path: string[] = []): { path: string[]; value: string }[] {
  if (typeof value === 'string') return [{ path, value }]
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, path))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]))
  return []
}

describe('the stega filter', () => {
  it('lets reader-facing text carry an edit link', () => {
    for (const path of [['title'], ['summary'], ['campaign', 'strapline'], ['progress', 'note'], ['body', 'children', 'text'], ['evidence', 'title']]) {
      expect(isEditableTextPath(path), path.join('.')).toBe(true)
    }
  })

  it('leaves slugs, addresses, dates, ids and fixed choices alone', () => {
    for (const path of [['slug'], ['path'], ['petition', 'signUrl'], ['actions', 'url'], ['markDefs', 'href'], ['publishedAt'], ['consent', 'expiresOn'], ['consent', 'channels'], ['kind'], ['progress', 'status'], ['naming'], ['_id'], ['_key'], ['nationId'], ['relatedAskIds'], ['heroImage', 'assetId'], ['heroImage', 'alt'], ['newsletter', 'emailFieldName']]) {
      expect(isEditableTextPath(path), path.join('.')).toBe(false)
    }
  })
})

describe('a stega-enabled fetch through the Content Lake stub', () => {
  const names = Object.keys(queries) as (keyof typeof queries)[]

  it('hides an edit link, pointing at the Studio, in titles', async () => {
    const updates = (await source.fetch(queries.updates)) as { _id: string; title: string }[]
    expect(updates.length).toBeGreaterThan(3)
    for (const update of updates) {
      expect(hasStega(update.title), update._id).toBe(true)
      const edit = vercelStegaDecode(update.title) as { href: string }
      expect(edit.href).toContain(`${STUDIO}/intent/edit/`)
      expect(decodeURIComponent(edit.href)).toContain(`id=${update._id}`)
    }
  })

  it.each(names)('the %s query: slugs, URLs, dates, ids and choices arrive exactly as stored', async (name) => {
    const encoded = await source.fetch(queries[name])
    const clean = stegaClean(encoded)
    const all = strings(encoded)
    const untouched = all.filter((s) => !isEditableTextPath(s.path))
    for (const s of untouched) expect(hasStega(s.value), `${name} ${s.path.join('.')}`).toBe(false)
    expect(strings(clean).filter((s) => !isEditableTextPath(s.path))).toEqual(untouched)
    for (const s of all.filter((s) => s.path.at(-1) === 'slug')) expect(s.value).toMatch(SLUG)
  })

  it('passes every zod check except text length, which the preview checks on clean text', async () => {
    const lists = {
      nations: schemas.nationSchema,
      asks: schemas.askSchema,
      updates: schemas.updateSchema,
      stories: schemas.storySchema,
      milestones: schemas.milestoneSchema,
    } as const
    const otherIssues: string[] = []
    for (const [name, schema] of Object.entries(lists)) {
      for (const doc of (await source.fetch(queries[name as keyof typeof lists])) as { _id: string }[]) {
        if (name === 'stories' && schemas.withdrawnStorySchema.safeParse(doc).success) continue // its consent record alone
        const result = schema.safeParse(doc)
        for (const issue of result.success ? [] : result.error.issues) {
          if (!/longer than/.test(issue.message)) otherIssues.push(`${doc._id} ${issue.path.join('.')}: ${issue.message}`)
        }
      }
    }
    expect(otherIssues).toEqual([])
  })

  it('would fail zod if a slug carried an edit link (why the filter matters)', async () => {
    const [update] = (await source.fetch(queries.updates)) as { slug: string }[]
    const poisoned = { ...stegaClean(update!), slug: vercelStegaCombine(update!.slug, { origin: 'sanity.io', href: '/intent/edit' }) }
    const result = schemas.updateSchema.safeParse(poisoned)
    expect(result.success).toBe(false)
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain('slug')
  })
})

describe('edit links put in after rendering (the hosted preview)', () => {
  it('are, string for string, the links the client would have hidden there', async () => {
    const links = new EditLinks(STUDIO)
    const noting = openSanity({ projectId: 'preview', dataset: 'production', perspective: 'drafts', token: 'viewer-token', apiHost: lake.url, stega: links.stega(), maxRetries: 0 })
    const encoded: ReturnType<typeof strings> = []
    const noted: ReturnType<typeof strings> = []
    for (const name of ['updates', 'asks', 'stories'] as const) {
      encoded.push(...strings(await source.fetch(queries[name])))
      noted.push(...strings(await noting.fetch(queries[name])))
    }
    // The client encodes nothing itself: the content layer checks clean text.
    expect(noted.filter((s) => hasStega(s.value))).toEqual([])
    expect(noted.map((s) => s.value)).toEqual(encoded.map((s) => stegaClean(s.value)))
    const marked = noted.map((s) => (isEditableTextPath(s.path) ? links.mark(s.value) : s.value))
    // A marker is short, and invisible to stegaClean like any link.
    expect(Math.max(...marked.map((m, i) => m.length - noted[i]!.value.length))).toBeLessThanOrEqual(12)
    expect(marked.map((m) => stegaClean(m))).toEqual(noted.map((s) => s.value))
    // Links are found again by their text, so a text in two places (an image credit) links to one of them.
    const seen = new Map<string, number>()
    for (const s of noted) seen.set(s.value, (seen.get(s.value) ?? 0) + 1)
    const once = (_: unknown, i: number) => seen.get(noted[i]!.value) === 1
    expect(marked.map((m) => links.expand(m)).filter(once)).toEqual(encoded.map((s) => s.value).filter(once))
    expect(marked.filter(once).filter((m) => hasStega(m)).length).toBeGreaterThan(100)
  })
})

describe('the preview\'s content', () => {
  it('is checked like a build and keeps edit links in the text readers see', async () => {
    const content = await loadPreviewContent({
      env: { SANITY_PROJECT_ID: 'preview', SANITY_API_READ_TOKEN: 'viewer-token', SANITY_API_HOST: lake.url, SANITY_STUDIO_URL: STUDIO },
      now: new Date(TEST_NOW),
      siteUrl: new URL(TEST_SITE_URL),
    })
    const update = content.updates[0]!
    expect(hasStega(update.title)).toBe(true)
    expect(stegaClean(update.title).length).toBeLessThanOrEqual(100)
    expect(update.slug).toMatch(SLUG)
    expect(update.path).toBe(`/updates/${update.slug}/`)
    expect(hasStega(update.kind)).toBe(false)
    expect(hasStega(update.publishedAt)).toBe(false)
    expect(hasStega(content.campaign.strapline)).toBe(true)
    expect(hasStega(content.campaign.petition!.signUrl)).toBe(false)
    for (const ask of content.asks) {
      expect(hasStega(ask.title)).toBe(true)
      for (const row of ask.progress) expect(hasStega(row.status)).toBe(false)
    }
    for (const story of content.stories) expect(hasStega(story.naming)).toBe(false)
    // Rich text: span text carries links, the HTML around it and its hrefs do not.
    const html = content.renderRichText(update.body)
    expect(hasStega(html)).toBe(true)
    for (const href of html.matchAll(/href="([^"]*)"/g)) expect(hasStega(href[1]!)).toBe(false)
  })

  it('reads drafts with the Viewer token', () => {
    expect(lake.authorizations).toContain('Bearer viewer-token')
  })

  it('names what to set when the project or token is missing', async () => {
    const load = (env: NodeJS.ProcessEnv) => loadPreviewContent({ env, now: new Date(TEST_NOW), siteUrl: new URL(TEST_SITE_URL) })
    await expect(load({ SANITY_PROJECT_ID: 'preview' })).rejects.toThrow(/SANITY_API_READ_TOKEN/)
    await expect(load({ SANITY_API_READ_TOKEN: 't' })).rejects.toThrow(/SANITY_PROJECT_ID/)
  })
})
