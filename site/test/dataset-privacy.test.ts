// A dataset that holds stories must be private: a public one shows every
// supporter's full name, consent record and story text to anyone with the project
// id. The build asks the Content Lake, once and without the token, what it shows.
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startContentLakeStub } from '../../scripts/src/bench/content-lake-stub.ts'
import { loadContent } from '../src/content/load.ts'
import { SourceError } from '../src/content/problems.ts'
import { DEMO_DATASET } from '../src/content/source/index.ts'
import { openSanity } from '../src/content/source/sanity.ts'
import { buildSite } from './support/build-site.ts'
import { baseDocuments, writeDataset } from './fixtures/dataset.ts'

const TOKEN = 'viewer-token-3c9d'
const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

/** The demo campaign in a stub Content Lake; the build always has the Viewer token. */
const lakeBuild = async (visibility: 'public' | 'private') => {
  const lake = await startContentLakeStub({ datasetFile: DEMO_DATASET, projectId: 'campaign', dataset: 'production', token: visibility === 'private' ? TOKEN : undefined })
  try {
    const result = await buildSite({ DATASET_FILE: undefined, SANITY_PROJECT_ID: 'campaign', SANITY_DATASET: 'production', SANITY_API_HOST: lake.url, SANITY_API_READ_TOKEN: TOKEN })
    made.push(dirname(result.outDir))
    return { result, requests: lake.requests }
  } finally {
    await lake.close()
  }
}

describe('a public dataset that holds stories', () => {
  it('stops the build, saying what is exposed and the command that fixes it, and writes nothing', async () => {
    // The build has its token: what matters is what anyone without one can read.
    const { result } = await lakeBuild('public')
    expect(result.code).not.toBe(0)
    expect(result.stderr).toMatch(/The Sanity dataset "production" \(project campaign\) is public/)
    expect(result.stderr).toMatch(/including \d+ stories \(supporters' names, ages, places and health\) and 1 scheduled update/)
    expect(result.stderr).toContain('npx sanity dataset visibility set production private')
    expect(result.stderr).toContain('SANITY_API_READ_TOKEN')
    expect(existsSync(result.outDir)).toBe(false)
  }, 300_000)
})

describe('a private dataset read with a Viewer token', () => {
  it('builds, and /build.json names the project and dataset but never the token', async () => {
    const { result, requests } = await lakeBuild('private')
    expect(result.code, result.stderr).toBe(0)
    expect(requests).toBeGreaterThan(1)
    expect(result.stderr).not.toMatch(/is public/)
    const status = readFileSync(join(result.outDir, 'build.json'), 'utf8')
    expect(JSON.parse(status).source).toEqual({ kind: 'sanity', projectId: 'campaign', dataset: 'production' })
    expect(status).not.toContain(TOKEN)
  }, 300_000)
})

describe('a public dataset with no stories and nothing scheduled', () => {
  it('is allowed, with a warning that names the fix', async () => {
    const docs = baseDocuments().filter((d) => d._type !== 'story')
    const lake = await startContentLakeStub({ datasetFile: writeDataset(docs), projectId: 'campaign', dataset: 'news' })
    try {
      const source = openSanity({ projectId: 'campaign', dataset: 'news', perspective: 'published', apiHost: lake.url, maxRetries: 0 })
      const content = await loadContent({ source, now: new Date('2020-06-01T12:00:00Z'), siteUrl: new URL('https://campaign.test/'), problems: 'stop' })
      expect(content.updates).toHaveLength(1)
      expect(content.warnings[0]).toMatch(/^the Sanity dataset "news" \(project campaign\) is public: anyone can read its \d+ documents without a token/)
      expect(content.warnings[0]).toContain('npx sanity dataset visibility set news private')
    } finally {
      await lake.close()
    }
  })

  it('stops the build once it holds an update scheduled for later', async () => {
    const docs = baseDocuments().filter((d) => d._type !== 'story')
    docs.push({ ...docs.find((d) => d._id === 'update-launch')!, _id: 'update-embargoed', slug: { current: 'embargoed' }, publishedAt: '2099-01-01T09:00:00Z' })
    const lake = await startContentLakeStub({ datasetFile: writeDataset(docs), projectId: 'campaign', dataset: 'news' })
    try {
      const source = openSanity({ projectId: 'campaign', dataset: 'news', perspective: 'published', apiHost: lake.url, maxRetries: 0 })
      const loading = loadContent({ source, now: new Date('2020-06-01T12:00:00Z'), siteUrl: new URL('https://campaign.test/'), problems: 'stop' })
      await expect(loading).rejects.toThrow(SourceError)
      await expect(loading).rejects.toThrow(/including 1 scheduled update \(embargoed until their publish date\)\./)
    } finally {
      await lake.close()
    }
  })
})
