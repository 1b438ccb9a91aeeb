// CONTENT_PROBLEMS=leave-out: a takedown never waits on an unrelated fix. Documents
// with problems are left out everywhere and named; the build succeeds; a story whose
// consent ended is not a problem at all, just not shown.
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ContentError, loadContent } from '../src/content/index.ts'
import { openDatasetFile } from '../src/content/source/dataset-file.ts'
import { buildSite, type BuildResult } from './support/build-site.ts'
import { everyFileText, filesMentioning } from './support/built-text.ts'
import { searchRecords } from './support/built-pages.ts'
import { baseDocuments, ref, withDoc, writeDataset, type Doc } from './fixtures/dataset.ts'

const siteUrl = new URL('https://campaign.test/')
const now = new Date('2020-06-01T12:00:00Z')

/** The test campaign plus one broken update (a link to an ask that does not exist) and a withdrawn story. */
function troubledCampaign(): Doc[] {
  const docs = baseDocuments()
  const launch = docs.find((d) => d._id === 'update-launch')!
  docs.push({
    ...structuredClone(launch),
    _id: 'update-broken',
    title: 'Minister agrees to a Tuesday meeting',
    slug: { _type: 'slug', current: 'minister-agrees' },
    relatedAsks: [ref('ask-diagnosis'), ref('ask-deleted', 'k2')],
  })
  // The launch update links to the broken one in its text: the words stay, the link goes.
  launch.body = [...(launch.body as object[]), { _type: 'block', _key: 'l2', style: 'normal', markDefs: [{ _type: 'link', _key: 'm', href: '/updates/minister-agrees/' }], children: [{ _type: 'span', _key: 'l2s', text: 'the meeting news', marks: ['m'] }] }]
  // The timeline's milestone reports the broken update: its link must go, the milestone stays.
  docs.push({ _id: 'milestone-meeting', _type: 'milestone', title: 'Meeting agreed', date: '2020-02-01', kind: 'meeting', report: { _type: 'reference', _ref: 'update-broken' } })
  // Consent withdrawn, and already erased by the Studio's action: no name, no text.
  docs.push({
    _id: 'story-withdrawn',
    _type: 'story',
    title: 'Why I stopped waiting',
    naming: 'full-name',
    slug: { _type: 'slug', current: 'why-i-stopped-waiting' },
    consent: { givenOn: '2019-09-01', withdrawn: true, withdrawnOn: '2020-05-01', channels: ['site', 'feeds'] },
  })
  return docs
}

describe('the content layer, leaving problems out', () => {
  const load = (docs: Doc[], problems: 'stop' | 'leave-out') => loadContent({ source: openDatasetFile(writeDataset(docs)), now, siteUrl, problems })

  it('stops by default, naming the broken update and not the withdrawn story', async () => {
    const error = await load(troubledCampaign(), 'stop').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentError)
    expect((error as ContentError).message.split('\n').slice(1)).toEqual(['update update-broken relatedAsks[1]: refers to ask ask-deleted, which is missing or not published'])
  })

  it('leaves the broken update out, drops links to it, and lists it', async () => {
    const content = await load(troubledCampaign(), 'leave-out')
    expect(content.updates.map((u) => u.id)).toEqual(['update-launch'])
    expect(content.asks[0]!.updates.map((u) => u.id)).toEqual(['update-launch'])
    expect(content.milestones.find((m) => m.id === 'milestone-meeting')!.report).toBeNull()
    const launchText = content.renderRichText(content.updates[0]!.body)
    expect(launchText).toContain('the meeting news')
    expect(launchText).not.toContain('minister-agrees')
    expect(content.stories.map((s) => s.id)).toEqual(['story-sample'])
    expect(content.leftOut).toEqual([{ type: 'update', id: 'update-broken', field: 'relatedAsks[1]', message: 'refers to ask ask-deleted, which is missing or not published' }])
    expect(content.warnings).toContain('left out: update update-broken relatedAsks[1]: refers to ask ask-deleted, which is missing or not published')
  })

  it('takes a left-out nation out of every ask\'s progress table, and keeps the ask', async () => {
    // A nation with a duplicate slug is left out; the ask's progress row for it goes, the ask stays.
    const docs = [...baseDocuments(), { _id: 'nation-copy', _type: 'nation', name: 'Copy', slug: { _type: 'slug', current: 'england' }, order: 3 }]
    const withRow = withDoc(docs, 'ask-diagnosis', (d) => ({ ...d, progress: [...(d.progress as object[]), { _key: 'p2', nation: ref('nation-copy'), status: 'raised' }] }))
    const content = await load(withRow, 'leave-out')
    expect(content.leftOut.map((p) => `${p.id} ${p.field}`)).toEqual(['nation-copy slug'])
    expect(content.nations.map((n) => n.id)).toEqual(['nation-england', 'nation-scotland'])
    expect(content.asks[0]!.progress.map((p) => p.nation.id)).toEqual(['nation-england', 'nation-scotland'])
  })

  it('still stops for a broken site settings or campaign document', async () => {
    const docs = withDoc(troubledCampaign(), 'campaign', (d) => ({ ...d, name: '' }))
    const error = await load(docs, 'leave-out').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentError)
    expect((error as ContentError).message).toContain('campaign campaign name: is empty')
  })

  it('never calls a story whose consent ended a problem, whatever is left of it', async () => {
    const expired = { _id: 'story-expired', _type: 'story', title: 'Expired', naming: 'first-name', slug: { current: 'expired' }, consent: { givenOn: '2019-01-01', expiresOn: '2020-05-31' } }
    const content = await load([...baseDocuments(), expired], 'stop')
    expect(content.stories.map((s) => s.id)).toEqual(['story-sample'])
  })
})

describe('a leave-out build with a broken update and a withdrawn story', () => {
  let build: BuildResult
  let files: Map<string, string>
  beforeAll(async () => {
    build = await buildSite({ DATASET_FILE: writeDataset(troubledCampaign()), SANITY_PROJECT_ID: undefined, CONTENT_PROBLEMS: 'leave-out', CAMPAIGN_NOW: now.toISOString() })
    files = everyFileText(build.outDir)
  }, 300_000)
  afterAll(() => {
    if (build) rmSync(dirname(build.outDir), { recursive: true, force: true })
  })

  it('succeeds, naming the broken update in the one-line form', () => {
    expect(build.code, build.stderr).toBe(0)
    expect(`${build.stdout}\n${build.stderr}`).toContain('update update-broken relatedAsks[1]: refers to ask ask-deleted, which is missing or not published')
    expect(`${build.stdout}\n${build.stderr}`).not.toContain('story-withdrawn')
  })

  it('leaves the broken update out of every page, feed, sitemap and search index', () => {
    expect(existsSync(join(build.outDir, 'updates/minister-agrees'))).toBe(false)
    expect(existsSync(join(build.outDir, 'updates/we-launched/index.html'))).toBe(true)
    expect(filesMentioning(files, 'Minister agrees to a Tuesday meeting')).toEqual([])
    expect(filesMentioning(files, '/updates/minister-agrees/')).toEqual([])
    expect(searchRecords(build.outDir).map((r) => r.url)).not.toContain('/updates/minister-agrees/')
    // The milestone that reported it is still on the timeline, without the link.
    expect(files.get('timeline/index.html')).toContain('Meeting agreed')
  })

  it('leaves the withdrawn story out everywhere', () => {
    expect(existsSync(join(build.outDir, 'stories/why-i-stopped-waiting'))).toBe(false)
    for (const word of ['Why I stopped waiting', 'why-i-stopped-waiting', 'story-withdrawn']) expect(filesMentioning(files, word), word).toEqual([])
  })

  it('lists the update, and only the update, in /build.json', () => {
    const status = JSON.parse(readFileSync(join(build.outDir, 'build.json'), 'utf8'))
    expect(status.source).toEqual({ kind: 'dataset-file' })
    expect(Date.parse(status.builtAt)).toBeGreaterThan(Date.now() - 10 * 60_000)
    expect(status.clock).toBe(now.toISOString())
    expect(status.leftOut).toEqual([{ _id: 'update-broken', _type: 'update', field: 'relatedAsks[1]', message: 'refers to ask ask-deleted, which is missing or not published' }])
  })
})
