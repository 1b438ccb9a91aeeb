import { appendFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ContentError, loadContent } from '../src/content/index.ts'
import { openDatasetFile } from '../src/content/source/dataset-file.ts'
import { baseDocuments, ref, withDoc, writeDataset, type Doc } from './fixtures/dataset.ts'

const siteUrl = new URL('https://campaign.test/')
const now = new Date('2020-06-01T12:00:00Z')

const load = (docs: Doc[], at = now) => loadContent({ source: openDatasetFile(writeDataset(docs)), now: at, siteUrl })

async function problemsOf(docs: Doc[]): Promise<string[]> {
  const error = await load(docs).then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ContentError)
  return (error as ContentError).message.split('\n').slice(1)
}

describe('content layer from a dataset file', () => {
  it('joins references and orders nations and asks', async () => {
    const content = await load(baseDocuments())
    expect(content.updates.map((u) => u.title)).toEqual(['We launched the campaign'])
    expect(content.updates[0]!.asks).toEqual([{ id: 'ask-diagnosis', title: 'Prompt diagnosis', path: '/asks/prompt-diagnosis/', language: 'en' }])
    const ask = content.asks[0]!
    expect(ask.progress.map((p) => [p.nation.name, p.statusLabel])).toEqual([
      ['England', 'Not raised yet'],
      ['Scotland', 'Meeting held'],
    ])
    expect(ask.updates.map((u) => u.path)).toEqual(['/updates/we-launched/'])
    expect(content.milestones[0]!.report?.path).toBe('/updates/we-launched/')
    expect(content.stories[0]!.displayName).toBe('Sam')
  })

  it('never lets drafts or release versions through', async () => {
    const docs = baseDocuments()
    const draft = { ...docs.find((d) => d._id === 'update-launch')!, _id: 'drafts.update-launch', title: 'DRAFT TITLE' }
    const version = { ...draft, _id: 'versions.rNext.update-launch', title: 'VERSION TITLE', slug: { current: 'version-only' } }
    const content = await load([...docs, draft, version])
    expect(content.updates.map((u) => u.title)).toEqual(['We launched the campaign'])
  })

  it('holds an update back until its publishedAt, by the injected clock', async () => {
    const future = withDoc(baseDocuments(), 'update-launch', (d) => ({ ...d, publishedAt: '2020-07-01T09:00:00Z' }))
    expect((await load(future)).updates).toHaveLength(0)
    expect((await load(future, new Date('2020-07-01T09:00:00Z'))).updates).toHaveLength(1)
    // A milestone reporting a scheduled update is not broken, it just has no link yet.
    expect((await load(future)).milestones[0]!.report).toBeNull()
  })

  it('keeps a story only in the channels its consent covers', async () => {
    const base = baseDocuments()
    const withdrawn = withDoc(base, 'story-sample', (d) => ({ ...d, consent: { givenOn: '2019-09-01', withdrawn: true, channels: ['site', 'feeds'] } }))
    const expired = withDoc(base, 'story-sample', (d) => ({ ...d, consent: { givenOn: '2019-09-01', expiresOn: '2020-06-01', channels: ['site', 'feeds'] } }))
    const siteOnly = withDoc(base, 'story-sample', (d) => ({ ...d, consent: { givenOn: '2019-09-01', channels: ['site'] } }))
    for (const docs of [withdrawn, expired]) {
      const content = await load(docs)
      expect(content.stories).toHaveLength(0)
      expect(content.feedStories).toHaveLength(0)
    }
    const content = await load(siteOnly)
    expect(content.stories).toHaveLength(1)
    expect(content.feedStories).toHaveLength(0)
  })

  it('lists every problem, one a line, naming type, id and field', async () => {
    let docs = withDoc(baseDocuments(), 'update-launch', (d) => ({ ...d, kind: 'gossip', relatedAsks: [ref('ask-missing')] }))
    docs = withDoc(docs, 'ask-diagnosis', (d) => ({ ...d, title: 'x'.repeat(101) }))
    docs.push({ ...docs.find((d) => d._id === 'story-sample')!, _id: 'story-copy' })
    docs = withDoc(docs, 'milestone-launch', (d) => ({ ...d, report: { _type: 'reference', _ref: 'drafts.only' } }))
    const lines = await problemsOf(docs)
    expect(lines).toContain('update update-launch kind: must be one of campaign-news, research, consultation-response, event')
    expect(lines).toContain('ask ask-diagnosis title: is longer than 100 characters')
    expect(lines).toContain('story story-sample slug: "sam" is already used by story story-copy')
    expect(lines).toContain('milestone milestone-launch report: refers to update drafts.only, which is missing or not published')
  })

  it('names a reference to a missing ask', async () => {
    const docs = withDoc(baseDocuments(), 'update-launch', (d) => ({ ...d, relatedAsks: [ref('ask-diagnosis'), ref('ask-gone', 'k2')] }))
    expect(await problemsOf(docs)).toEqual(['update update-launch relatedAsks[1]: refers to ask ask-gone, which is missing or not published'])
  })

  it('fails when a singleton is missing', async () => {
    const docs = withDoc(baseDocuments(), 'siteSettings', () => null)
    expect(await problemsOf(docs)).toEqual(['siteSettings siteSettings (document): the siteSettings document is missing'])
  })
})

describe('reading a dataset file', () => {
  // The file is read a megabyte at a time; a line may span several reads, and a
  // Welsh letter's bytes may fall either side of one.
  it('keeps every character of a document longer than one read, Welsh letters included', async () => {
    const words = 'Mae’r ŵyl yn ŷd '.repeat(150_000)
    const body = [{ _type: 'block', _key: 'long', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 'longs', text: words, marks: [] }] }]
    const content = await load(withDoc(baseDocuments(), 'update-launch', (d) => ({ ...d, body })))
    expect(content.updates[0]!.body).toMatchObject([{ children: [{ text: words }] }])
    expect(content.asks.map((a) => a.title)).toEqual(['Prompt diagnosis'])
  })

  it('names every document and field whose exported image is missing or malformed', () => {
    const missing = 'image@file://./images/0123456789abcdef0123456789abcdef01234567-800x600.jpg'
    const docs = withDoc(baseDocuments(), 'update-launch', (d) => ({
      ...d,
      body: [...(d.body as object[]), { _type: 'image', _key: 'img', alt: 'A photo', asset: { _sanityAsset: missing } }],
    }))
    const ask = docs.find((d) => d._id === 'ask-diagnosis')!
    ask.heroImage = { alt: 'Odd', asset: { _sanityAsset: 'image@https://elsewhere.test/x.jpg' } }
    const second = { ...docs.find((d) => d._id === 'update-launch')!, _id: 'update-second', slug: { _type: 'slug', current: 'second' } }
    const error = (() => {
      try {
        openDatasetFile(writeDataset([...docs, second]))
      } catch (e) {
        return e as ContentError
      }
    })()
    expect(error).toBeInstanceOf(ContentError)
    const lines = error!.message.split('\n').slice(1)
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ask ask-diagnosis heroImage\.asset: image "image@https:\/\/elsewhere\.test\/x\.jpg" is not in the form/),
        expect.stringMatching(/^update update-launch body\[1\]\.asset: image file images\/0123456789abcdef0123456789abcdef01234567-800x600\.jpg is missing/),
        expect.stringMatching(/^update update-second body\[1\]\.asset: image file images\/.* is missing/),
      ]),
    )
  })

  it('names the line that is not JSON', () => {
    const file = writeDataset(baseDocuments())
    appendFileSync(file, '{"_id": "update-broken", "_type": "update",\n')
    expect(() => openDatasetFile(file)).toThrow(/line 9 is not valid JSON/)
  })
})
