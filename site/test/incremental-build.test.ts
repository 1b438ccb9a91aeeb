// A rebuild reuses what did not change (Astro's incremental build, the search shards),
// and must still show every change: an edit, a takedown, a new site title.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { baseDocuments, withDoc, writeDataset, type Doc } from './fixtures/dataset.ts'
import { buildSite, type BuildResult } from './support/build-site.ts'
import { isEmbed, searchRecords } from './support/built-pages.ts'
import { treeHash } from './support/tree-hash.ts'

const second: Doc = {
  _id: 'update-second',
  _type: 'update',
  title: 'A second update',
  slug: { _type: 'slug', current: 'second' },
  publishedAt: '2019-11-01T09:00:00Z',
  kind: 'campaign-news',
  body: [{ _type: 'block', _key: 'b', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 'bs', text: 'Words that stay the same.', marks: [] }] }],
}
const corrected = (doc: Doc): Doc => ({
  ...doc,
  title: 'We launched the campaign (corrected)',
  body: [{ _type: 'block', _key: 'u1', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 'u1s', text: 'Launch day, corrected: zanzibar.', marks: [] }] }],
})

const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8')
const ok = (result: BuildResult) => expect(result.code, result.stderr).toBe(0)

let outDir: string
let first: Map<string, string>
let edited: BuildResult

beforeAll(async () => {
  // Shards of two records, so this small campaign has several, as a large one does.
  const built = await buildSite({ DATASET_FILE: writeDataset([...baseDocuments(), second]), SEARCH_SHARD_SIZE: '2' })
  ok(built)
  outDir = built.outDir
  first = treeHash(outDir)
  edited = await buildSite({ DATASET_FILE: writeDataset(withDoc([...baseDocuments(), second], 'update-launch', corrected)), SEARCH_SHARD_SIZE: '2' }, outDir)
  ok(edited)
}, 240_000)

describe('a rebuild after one update is edited, with the caches kept', () => {
  it('shows the edit on its page, in the feeds and in search', () => {
    const page = read(outDir, 'updates/we-launched/index.html')
    expect(page).toContain('We launched the campaign (corrected)')
    expect(page).toContain('Launch day, corrected: zanzibar.')
    expect(page).not.toContain('Launch day words.')
    expect(read(outDir, 'rss.xml')).toContain('We launched the campaign (corrected)')
    expect(JSON.parse(read(outDir, 'feed.json')).items.map((i: { title: string }) => i.title)).toContain('We launched the campaign (corrected)')
    expect(read(outDir, 'updates/index.html')).toContain('We launched the campaign (corrected)')
    const record = searchRecords(outDir).find((r) => r.url === '/updates/we-launched/')
    expect(record?.content).toContain('zanzibar')
  })

  it('leaves every page the edit does not touch byte for byte as it was', () => {
    const now = treeHash(outDir)
    for (const path of ['updates/second/index.html', 'stories/sam/index.html']) expect(now.get(path), path).toBe(first.get(path))
    expect(now.get('updates/we-launched/index.html')).not.toBe(first.get('updates/we-launched/index.html'))
  })

  it('still has the share image of every page, those copied from the cache included', () => {
    // Every page of the site has one; the embeds for partners' frames have none.
    const pages = [...treeHash(outDir).keys()].filter((path) => path.endsWith('.html') && !isEmbed(path))
    expect(pages.length).toBeGreaterThan(5)
    for (const path of pages) {
      const image = /<meta property="og:image" content="([^"]+)"/.exec(read(outDir, path))?.[1]
      expect(image, path).toBeTruthy()
      expect(existsSync(join(outDir, new URL(image!).pathname)), `${path}: ${image}`).toBe(true)
    }
  })

  it('indexes only the search shard that holds the edited update', () => {
    // Four records in two shards: the two oldest updates, then the story and the ask.
    expect(edited.stdout).toMatch(/\(1 shards indexed, 1 reused\)/)
  })
})

describe('a rebuild after other changes, with the caches kept', () => {
  it('drops an update that was taken down from its page, the feeds, search and the sitemap', async () => {
    ok(await buildSite({ DATASET_FILE: writeDataset([...baseDocuments()]) }, outDir))
    expect(existsSync(join(outDir, 'updates/second/index.html'))).toBe(false)
    expect(read(outDir, 'rss.xml')).not.toContain('A second update')
    expect(searchRecords(outDir).map((r) => r.url)).not.toContain('/updates/second/')
    expect(read(outDir, 'sitemap-0.xml')).not.toContain('/updates/second/')
    expect(read(outDir, 'updates/we-launched/index.html')).toContain('Launch day words.')
  }, 120_000)

  it('shows a new site title on every page, cached ones included', async () => {
    const docs = withDoc([...baseDocuments(), second], 'siteSettings', (d) => ({ ...d, title: 'Renamed Campaign' }))
    ok(await buildSite({ DATASET_FILE: writeDataset(docs) }, outDir))
    for (const path of ['updates/we-launched/index.html', 'updates/second/index.html', 'stories/sam/index.html']) {
      expect(read(outDir, path), path).toContain('Renamed Campaign')
    }
  }, 120_000)

  // The two changes a campaign makes most: neither may make every old update page again.
  it('leaves old update pages as they were when a new update is published or the petition count moves', async () => {
    const docs = withDoc([...baseDocuments(), second], 'siteSettings', (d) => ({ ...d, title: 'Renamed Campaign' }))
    ok(await buildSite({ DATASET_FILE: writeDataset(docs) }, outDir))
    const before = treeHash(outDir)
    const newest: Doc = { ...second, _id: 'update-newest', title: 'The newest update', slug: { _type: 'slug', current: 'newest' }, publishedAt: '2021-01-10T09:00:00Z' }
    const recounted = withDoc([...docs, newest], 'campaign', (d) => ({ ...d, petition: { ...(d.petition as object), signatureCount: 62500 } }))
    ok(await buildSite({ DATASET_FILE: writeDataset(recounted) }, outDir))
    const after = treeHash(outDir)
    for (const path of ['updates/we-launched/index.html', 'updates/second/index.html']) {
      expect(read(outDir, path), path).toContain('This update is more than a year old.')
      expect(after.get(path), path).toBe(before.get(path))
    }
    expect(read(outDir, 'updates/index.html')).toContain('The newest update')
    expect(read(outDir, 'index.html')).toMatch(/63,700|62,500/)
  }, 180_000)
})

// Cached pages are hard links to the cache's copies (site/scripts/page-cache.ts): a page
// made again must be written as a new file, or the write would reach the previous site,
// and the cache, through the link before the build is complete.
describe('pages linked in from the cache', () => {
  it('are never written through: the previous site stays byte for byte while the next build remakes a page', async () => {
    const docs = [...baseDocuments(), second]
    const cold = await buildSite({ DATASET_FILE: writeDataset(docs) })
    ok(cold)
    const site = cold.outDir
    // Now every cached page of the site is a link to the cache's copy.
    ok(await buildSite({ DATASET_FILE: writeDataset(docs) }, site))
    // The previous site's files, held by links of their own whatever happens to the folder.
    const held = `${site}-held`
    execFileSync('cp', ['-R', '-l', site, held])
    const before = treeHash(held)

    const edit = writeDataset(withDoc(docs, 'update-launch', corrected))
    ok(await buildSite({ DATASET_FILE: edit }, site))
    expect(read(site, 'updates/we-launched/index.html')).toContain('Launch day, corrected: zanzibar.')
    expect(treeHash(held)).toEqual(before)
    expect(read(held, 'updates/we-launched/index.html')).toContain('Launch day words.')

    // The cache has the page as remade: built again with nothing changed, the site still shows the edit.
    ok(await buildSite({ DATASET_FILE: edit }, site))
    expect(read(site, 'updates/we-launched/index.html')).toContain('Launch day, corrected: zanzibar.')
  }, 300_000)
})
