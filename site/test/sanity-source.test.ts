import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { startContentLakeStub, type ContentLakeStub } from '../../scripts/src/bench/content-lake-stub.ts'
import { loadContent } from '../src/content/load.ts'
import { queries } from '../src/content/queries.ts'
import * as schemas from '../src/content/schemas.ts'
import { DEMO_DATASET } from '../src/content/source/index.ts'
import { openDatasetFile } from '../src/content/source/dataset-file.ts'
import { openSanity } from '../src/content/source/sanity.ts'
import { SourceError } from '../src/content/problems.ts'
import { buildSite } from './support/build-site.ts'
import { faultyLake, type Fault } from './support/faulty-lake.ts'
import { existsSync } from 'node:fs'

const schemaFor = {
  // One document per language, at fixed ids.
  siteSettings: schemas.siteSettingsSchema.array().length(2),
  campaign: schemas.campaignSchema.array().length(2),
  nations: schemas.nationSchema.array(),
  asks: schemas.askSchema.array(),
  updates: schemas.updateSchema.array(),
  stories: z.union([schemas.withdrawnStorySchema, schemas.storySchema]).array(),
  milestones: schemas.milestoneSchema.array(),
  translations: schemas.translationsSchema,
} as const

let lake: ContentLakeStub
const now = new Date('2021-01-15T12:00:00Z')
const siteUrl = new URL('https://campaign.test/')
// A private dataset read with a Viewer token, as the README sets a real one up.
const TOKEN = 'viewer-token'
const sanity = (apiHost: string, extra: Partial<Parameters<typeof openSanity>[0]> = {}) =>
  openSanity({ projectId: 'demo', dataset: 'production', perspective: 'published', apiHost, token: TOKEN, ...extra })

beforeAll(async () => {
  lake = await startContentLakeStub({ datasetFile: DEMO_DATASET, projectId: 'demo', dataset: 'production', token: TOKEN })
})
afterAll(() => lake.close())

describe('the same GROQ from a dataset file and from the Content Lake', () => {
  it('every query, run by groq-js on the demo dataset, returns what its zod schema accepts', async () => {
    const file = openDatasetFile(DEMO_DATASET)
    for (const [name, query] of Object.entries(queries)) {
      const result = await file.fetch(query)
      const parsed = schemaFor[name as keyof typeof schemaFor].safeParse(result)
      expect(parsed.success, `${name}: ${parsed.error?.message}`).toBe(true)
    }
  })

  it('@sanity/client against the Content Lake stub gives the very same results', async () => {
    const file = openDatasetFile(DEMO_DATASET)
    const lakeSource = sanity(lake.url)
    for (const [name, query] of Object.entries(queries)) {
      expect(await lakeSource.fetch(query), name).toEqual(await file.fetch(query))
    }
  })

  it('loads the whole site in a fixed number of requests, images from Sanity’s CDN', async () => {
    const before = lake.requests
    const content = await loadContent({ source: sanity(lake.url), now, siteUrl })
    // One request a query, and one without the token to check that the dataset is private.
    expect(lake.requests - before).toBe(Object.keys(queries).length + 1)
    expect(content.updates.length).toBeGreaterThanOrEqual(12)
    const hero = content.updates.find((u) => u.heroImage)?.heroImage
    expect(hero?.src).toMatch(/^https:\/\/cdn\.sanity\.io\/images\/demo\/production\/[0-9a-f]+-\d+x\d+\.png\?w=\d+&fit=max&auto=format$/)
  })
})

describe('when the Content Lake misbehaves', () => {
  const attempt = async (faults: Fault[], options: Partial<Parameters<typeof openSanity>[0]> = {}) => {
    const proxy = await faultyLake(lake.url, faults)
    try {
      const source = sanity(proxy.url, { maxRetries: 3, ...options })
      const outcome: { result?: unknown; error?: unknown } = await source.fetch(queries.nations).then(
        (result) => ({ result }),
        (error: unknown) => ({ error }),
      )
      return { ...outcome, requests: proxy.requests() }
    } finally {
      await proxy.close()
    }
  }

  it('retries a 500 and a 429, then answers', async () => {
    const { result, requests } = await attempt(['http-500', 'http-429'])
    // The four nations, in English and in Welsh.
    expect(result).toHaveLength(8)
    expect(requests).toBe(3)
  })

  it('gives up after its retries and says what the Lake answered', async () => {
    const { error, requests } = await attempt(['http-500', 'http-500', 'http-500', 'http-500', 'http-500'])
    expect(error).toBeInstanceOf(SourceError)
    expect((error as Error).message).toMatch(/could not answer a query: HTTP 500/)
    expect(requests).toBe(4)
  })

  it('times out a request that never answers', async () => {
    const { error } = await attempt(['hang', 'hang'], { maxRetries: 1, timeoutMs: 300 })
    expect(error).toBeInstanceOf(SourceError)
    expect((error as Error).message).toMatch(/could not answer a query/)
  })

  it('reports malformed JSON', async () => {
    const { error } = await attempt(['malformed-json'], { maxRetries: 0 })
    expect(error).toBeInstanceOf(SourceError)
    expect((error as Error).message).toMatch(/could not answer a query/)
  })

  it('stops the build with the Lake’s answer, writing nothing', async () => {
    const proxy = await faultyLake(lake.url, Array(40).fill('http-500'))
    try {
      const result = await buildSite({ DATASET_FILE: undefined, SANITY_PROJECT_ID: 'demo', SANITY_DATASET: 'production', SANITY_API_HOST: proxy.url, SANITY_API_READ_TOKEN: TOKEN })
      expect(result.code).not.toBe(0)
      expect(result.stderr).toMatch(/The Content Lake \(http:\/\/127\.0\.0\.1:\d+ project demo, dataset production\) could not answer a query: HTTP 500/)
      expect(existsSync(result.outDir)).toBe(false)
    } finally {
      await proxy.close()
    }
  }, 120_000)
})
