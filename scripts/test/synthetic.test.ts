import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { validateDocuments } from '@campaign/schemas/validate'
import { createClient } from '@sanity/client'
import { evaluate, parse } from 'groq-js'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadPublishedDocuments, startContentLakeStub, type ContentLakeStub } from '../src/bench/content-lake-stub.ts'
import { writeDataset } from '../src/synthetic/dataset.ts'

type Doc = { _id: string; _type: string } & Record<string, unknown>
type Block = { _type: string; style?: string; children?: Array<{ text: string }>; markDefs?: unknown[]; _sanityAsset?: string }

const UPDATES = 60
let dir: string
let file: string
let docs: Doc[]

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'synthetic-test-'))
  file = join(dir, 'a', 'data.ndjson')
  await writeDataset({ updates: UPDATES, seed: 7, out: file })
  docs = (await readFile(file, 'utf8'))
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Doc)
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

function walk(value: unknown, visit: (record: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) value.forEach((item) => walk(item, visit))
  else if (value && typeof value === 'object') {
    visit(value as Record<string, unknown>)
    Object.values(value).forEach((child) => walk(child, visit))
  }
}

const words = (body: Block[]): number =>
  body
    .filter((b) => b._type === 'block')
    .flatMap((b) => b.children ?? [])
    .map((s) => s.text)
    .join(' ')
    .split(/\s+/)
    .filter(Boolean).length

describe('synthetic dataset generator', () => {
  it('writes the same bytes for the same seed, and different ones for another seed', async () => {
    const again = join(dir, 'b', 'data.ndjson')
    const other = join(dir, 'c', 'data.ndjson')
    await writeDataset({ updates: UPDATES, seed: 7, out: again })
    await writeDataset({ updates: UPDATES, seed: 8, out: other })
    const bytes = await readFile(file)
    expect((await readFile(again)).equals(bytes)).toBe(true)
    expect((await readFile(other)).equals(bytes)).toBe(false)
    expect(await readdir(join(dir, 'b', 'images'))).toEqual(await readdir(join(dir, 'a', 'images')))
  })

  it('runs from the command line', async () => {
    const out = join(dir, 'cli', 'data.ndjson')
    const script = new URL('../src/synthetic/generate.ts', import.meta.url).pathname
    const printed = execFileSync(process.execPath, [script, '--updates', '20', '--seed', '1', '--out', out], { encoding: 'utf8' })
    expect(printed).toContain('20 update')
    const lines = (await readFile(out, 'utf8')).trimEnd().split('\n')
    expect(lines.filter((line) => JSON.parse(line)._type === 'update')).toHaveLength(20)
  })

  it('writes one valid document per line, in the proportions of a campaign', async () => {
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n')
    expect(lines).toHaveLength(docs.length)
    for (const doc of docs) {
      expect(typeof doc._id).toBe('string')
      expect(typeof doc._type).toBe('string')
    }
    const count = (type: string) => docs.filter((d) => d._type === type).length
    expect(count('update')).toBe(UPDATES)
    expect(count('nation')).toBe(4)
    expect(count('ask')).toBeGreaterThanOrEqual(5)
    expect(count('ask')).toBeLessThanOrEqual(10)
    expect(count('story')).toBe(UPDATES / 20)
    expect(count('milestone')).toBe(UPDATES / 10)
    expect(docs.find((d) => d._id === 'campaign')?._type).toBe('campaign')
    expect(docs.find((d) => d._id === 'siteSettings')?._type).toBe('siteSettings')
    expect(new Set(docs.map((d) => d._id)).size).toBe(docs.length)
  })

  it('gives every update a ~600-word body with headings, links, quotes and images', () => {
    for (const update of docs.filter((d) => d._type === 'update')) {
      const body = update.body as Block[]
      expect(words(body), update._id).toBeGreaterThan(450)
      expect(words(body), update._id).toBeLessThan(750)
      const styles = new Set(body.map((b) => b.style))
      expect(styles.has('h2') && styles.has('h3') && styles.has('blockquote'), update._id).toBe(true)
      expect(body.some((b) => (b.markDefs ?? []).length > 0), update._id).toBe(true)
      expect(body.some((b) => b._type === 'imageWithAlt' && b._sanityAsset), update._id).toBe(true)
    }
  })

  it('resolves every reference and every image file', async () => {
    const ids = new Set(docs.map((d) => d._id))
    const images = new Set(await readdir(join(dir, 'a', 'images')))
    const assets = new Set<string>()
    for (const doc of docs) {
      walk(doc, (record) => {
        if (typeof record._ref === 'string') expect(ids.has(record._ref), `${doc._id} -> ${record._ref}`).toBe(true)
        if (typeof record._sanityAsset === 'string') {
          const match = /^image@file:\/\/\.\/images\/(([0-9a-f]{40})-(\d+)x(\d+)\.png)$/.exec(record._sanityAsset)
          expect(match, `${doc._id}: ${record._sanityAsset}`).not.toBeNull()
          expect(images.has(match?.[1] ?? ''), `${doc._id}: ${record._sanityAsset}`).toBe(true)
          assets.add(match?.[1] ?? '')
        }
      })
    }
    // Many updates share a handful of images.
    expect(assets.size).toBeLessThanOrEqual(10)
    for (const name of assets) {
      const png = await readFile(join(dir, 'a', 'images', name))
      const [sha1, size] = name.replace('.png', '').split('-')
      expect(createHash('sha1').update(png).digest('hex')).toBe(sha1)
      const meta = await sharp(png).metadata()
      expect(`${meta.width}x${meta.height}`).toBe(size)
      expect(meta.format).toBe('png')
    }
  })

  it('publishes everything: unique slugs, no future dates, stories consented for site and feeds', () => {
    for (const type of ['update', 'story', 'ask', 'nation']) {
      const slugs = docs.filter((d) => d._type === type).map((d) => (d.slug as { current: string }).current)
      expect(new Set(slugs).size, type).toBe(slugs.length)
    }
    const now = Date.now()
    for (const doc of docs) {
      expect(doc._id.startsWith('drafts.') || doc._id.startsWith('versions.')).toBe(false)
      for (const field of ['publishedAt', 'updatedAt', 'date']) {
        if (typeof doc[field] === 'string') expect(Date.parse(doc[field] as string), `${doc._id}.${field}`).toBeLessThanOrEqual(now)
      }
    }
    for (const story of docs.filter((d) => d._type === 'story')) {
      const consent = story.consent as { withdrawn: boolean; channels: string[]; expiresOn?: string }
      expect(consent.withdrawn).toBe(false)
      expect(consent.channels).toEqual(['site', 'feeds'])
      if (consent.expiresOn) expect(Date.parse(consent.expiresOn)).toBeGreaterThan(now)
      if (story.naming === 'anonymous') expect(story.fullName).toBeUndefined()
    }
  })
})

describe('synthetic dataset against the content model', () => {
  it('passes the Studio validation with no errors or warnings', async () => {
    // As the Content Lake holds them: exported image fields become asset references.
    const problems = await validateDocuments((await loadPublishedDocuments(file)) as never)
    expect(problems).toEqual([])
  })
})

describe('Content Lake stub', () => {
  let stub: ContentLakeStub
  const client = () =>
    createClient({
      projectId: 'bench',
      dataset: 'production',
      apiHost: stub.url,
      useProjectHostname: false,
      useCdn: false,
      apiVersion: '2025-02-19',
      perspective: 'published',
    })
  const direct = async (query: string, params: Record<string, unknown>) => {
    const documents = await loadPublishedDocuments(file)
    const byId = new Map(documents.map((d) => [d._id, d]))
    return (await evaluate(parse(query, { params }), { dataset: documents, params, dereference: ({ _ref }) => byId.get(_ref) ?? null })).get()
  }

  beforeAll(async () => {
    // A draft in the file must not be served: the stub answers for perspective published.
    const draft = JSON.stringify({ _id: 'drafts.update-000001', _type: 'update', title: 'Unpublished draft title' })
    await writeFile(file, `${await readFile(file, 'utf8')}${draft}\n`)
    stub = await startContentLakeStub({ datasetFile: file })
  })
  afterAll(async () => {
    await stub?.close()
  })

  it('answers @sanity/client GET queries like groq-js does, and counts them', async () => {
    const query = '*[_type == $type && count(relatedAsks) > 0] | order(publishedAt desc) [0...5] {title, "slug": slug.current, "asks": relatedAsks[]->title, "image": heroImage.asset->{url, metadata}}'
    const params = { type: 'update' }
    const before = stub.requests
    const result = await client().fetch(query, params)
    expect(result).toEqual(await direct(query, params))
    expect((result as unknown[]).length).toBe(5)
    expect(stub.requests - before).toBe(1)
    expect(stub.queries.at(-1)).toEqual({ method: 'GET', query })
    expect(await client().fetch('count(*[_type == "update"])')).toBe(UPDATES)
    expect(await client().fetch('*[title == "Unpublished draft title"]')).toEqual([])
    expect(stub.requests - before).toBe(3)
  })

  it('answers long queries, which the client POSTs, the same way', async () => {
    const padding = Array.from({ length: 800 }, (_, i) => `"f${i}": ${i}`).join(', ')
    const query = `*[_type == "ask"] | order(order asc) { title, "nations": progress[].nation->name, ${padding} }`
    const before = stub.requests
    const result = (await client().fetch(query)) as Array<{ title: string; nations: string[] }>
    expect(result).toEqual(await direct(query, {}))
    expect(result[0]?.title).toBe('Prompt diagnosis')
    expect(result[0]?.nations).toEqual(['England', 'Scotland', 'Wales', 'Northern Ireland'])
    expect(stub.queries.at(-1)).toEqual({ method: 'POST', query })
    expect(stub.requests - before).toBe(1)
  })

  it('refuses another dataset', async () => {
    const other = createClient({ projectId: 'bench', dataset: 'staging', apiHost: stub.url, useProjectHostname: false, useCdn: false, apiVersion: '2025-02-19', maxRetries: 0 })
    await expect(other.fetch('count(*)')).rejects.toThrow(/staging/)
  })
})
