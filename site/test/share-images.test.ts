// Share images within a budget: a first build of a big campaign draws a bounded
// number of new images; pages past the budget share the site's card until a later
// build (keeping the cache) draws their own.
import { mkdtempSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { baseDocuments, writeDataset } from './fixtures/dataset.ts'
import { htmlFiles, page, urlPath } from './support/built-pages.ts'
import { buildSite, type BuildResult } from './support/build-site.ts'

let first: BuildResult
let second: BuildResult

beforeAll(async () => {
  const env = { DATASET_FILE: writeDataset(baseDocuments()), SHARE_IMAGE_CACHE: mkdtempSync(join(tmpdir(), 'share-cache-')), SHARE_IMAGE_BUDGET: '4' }
  first = await buildSite(env)
  second = await buildSite(env)
}, 300_000)

const drawn = (build: BuildResult) => Number(/(\d+) share images drawn/.exec(build.stdout)?.[1])
const images = (build: BuildResult) =>
  new Map(htmlFiles(build.outDir).map((f) => [f, page(build.outDir, urlPath(f)).querySelector('meta[property="og:image"]')!.getAttribute('content')!]))

describe('share images past the budget', () => {
  it('builds, drawing no more than the budget (and the site\'s own card) each time', () => {
    expect([first.code, second.code], first.stderr + second.stderr).toEqual([0, 0])
    expect(drawn(first)).toBeLessThanOrEqual(5)
    expect(drawn(second)).toBeGreaterThan(0)
    expect(drawn(second)).toBeLessThanOrEqual(4)
  })

  it('gives pages past the budget the site\'s card, and a later build their own', async () => {
    const before = images(first)
    const after = images(second)
    const counts = (m: Map<string, string>) => [...m.values()].reduce((c, url) => c.set(url, (c.get(url) ?? 0) + 1), new Map<string, number>())
    const shared = (m: Map<string, string>) => Math.max(...counts(m).values())
    expect(shared(before)).toBeGreaterThan(1)
    expect(new Set(after.values()).size).toBeGreaterThan(new Set(before.values()).size)
    for (const build of [first, second]) {
      for (const url of new Set(images(build).values())) {
        const meta = await sharp(join(build.outDir, new URL(url).pathname)).metadata()
        expect([meta.width, meta.height], url).toEqual([1200, 630])
      }
    }
  })
})
