// Supporters' stories are health information about real people: a name they chose
// not to share must not be in the site at all, not in a page, a feed, the JSON-LD
// or the search index, because the content layer never reads it.
import { rmSync } from 'node:fs'
import { dirname } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite, type BuildResult } from './support/build-site.ts'
import { searchRecords } from './support/built-pages.ts'
import { everyFileText, filesMentioning } from './support/built-text.ts'
import { baseDocuments, ref, writeDataset, type Doc } from './fixtures/dataset.ts'
import { storiesQuery } from '../src/content/queries.ts'
import { openDatasetFile } from '../src/content/source/dataset-file.ts'

const story = (id: string, naming: string, fullName: string, slug: string, title: string): Doc => ({
  _id: id,
  _type: 'story',
  title,
  naming,
  fullName,
  slug: { _type: 'slug', current: slug },
  age: 47,
  place: 'Swansea',
  summary: 'Living with secondary breast cancer.',
  body: [{ _type: 'block', _key: 'b', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 's', text: 'My treatment began in spring.', marks: [] }] }],
  relatedAsks: [ref('ask-diagnosis')],
  consent: { givenOn: '2019-09-01', channels: ['site', 'feeds'] },
})

let build: BuildResult
let files: Map<string, string>
const docs = [
  ...baseDocuments(),
  story('story-anonymous', 'anonymous', 'Philippa Wrexham-Quarrington', 'waiting-for-a-scan', 'Waiting for a scan'),
  story('story-first-name', 'first-name', 'Ottoline Vanstraubenzee', 'ottolines-story', 'The nurse who knew my name'),
  { ...story('story-withdrawn', 'full-name', 'Bartholomew Ingleby', 'barts-story', 'A story taken down'), consent: { givenOn: '2019-09-01', withdrawn: true, channels: ['site'] } },
]
const HIDDEN = ['Philippa', 'Wrexham', 'Quarrington', 'Vanstraubenzee']

beforeAll(async () => {
  build = await buildSite({ DATASET_FILE: writeDataset(docs), SANITY_PROJECT_ID: undefined })
  files = everyFileText(build.outDir)
}, 300_000)

afterAll(() => {
  if (build) rmSync(dirname(build.outDir), { recursive: true, force: true })
})

describe('what the stories query reads', () => {
  it('is the name as it may be shown: nothing for an anonymous person, the first name for first-name-only', async () => {
    const stories = (await openDatasetFile(writeDataset(docs)).fetch(storiesQuery)) as Record<string, unknown>[]
    const byId = new Map(stories.map((s) => [s._id, s]))
    expect(byId.get('story-anonymous')).toMatchObject({ displayName: null, naming: 'anonymous' })
    expect(byId.get('story-first-name')).toMatchObject({ displayName: 'Ottoline' })
    const read = JSON.stringify(stories)
    for (const word of HIDDEN) expect(read).not.toContain(word)
    expect(read).not.toContain('fullName')
  })

  it('is only the consent record for a story whose consent was withdrawn: not its name, text or place', async () => {
    const stories = (await openDatasetFile(writeDataset(docs)).fetch(storiesQuery)) as Record<string, unknown>[]
    expect(stories.find((s) => s._id === 'story-withdrawn')).toEqual({
      _id: 'story-withdrawn',
      _type: 'story',
      language: 'en',
      consent: { givenOn: '2019-09-01', expiresOn: null, withdrawn: true, channels: ['site'] },
    })
  })
})

describe('a name a supporter chose not to share', () => {
  it('builds, with both stories on the site', () => {
    expect(build.code, build.stderr).toBe(0)
    expect(files.get('stories/waiting-for-a-scan/index.html')).toContain('Anonymous')
    expect(files.get('stories/ottolines-story/index.html')).toContain('Ottoline')
  })

  it('appears in no built file: no page, feed, JSON-LD, sitemap or search index', () => {
    expect(files.size).toBeGreaterThan(20)
    expect([...files.keys()].some((path) => path.includes('/fragment/')), 'the search index is among the files read').toBe(true)
    for (const word of [...HIDDEN, 'Bartholomew', 'A story taken down']) {
      expect(filesMentioning(files, word), word).toEqual([])
    }
  })

  it('is found by the same search where the shown name is (so the search above can fail)', () => {
    const mentions = filesMentioning(files, 'Ottoline')
    expect(mentions).toContain('stories/ottolines-story/index.html')
    expect(mentions.some((path) => path.includes('/fragment/'))).toBe(true)
    expect(searchRecords(build.outDir).map((r) => r.url)).toContain('/stories/ottolines-story/')
  })
})
