// The public site never carries anything of the preview: not the read token, not
// edit links, not the overlay script, even when the build runs with every
// preview setting in its environment.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { vercelStegaCombine } from '@vercel/stega'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite, type BuildResult } from './support/build-site.ts'
import { startPreviewLake, type PreviewLake } from './support/preview-lake.ts'

const DEMO = fileURLToPath(new URL('../../studio/seed/demo/data.ndjson', import.meta.url))
const SENTINEL = 'sk-SENTINEL-read-token-7f3a9c1e5b'
/** A run of the invisible characters @vercel/stega writes: a real edit link is hundreds long. */
const STEGA_RUN = /[\u200B\u200C\u200D\uFEFF]{8,}/

let lake: PreviewLake
let build: BuildResult

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}

beforeAll(async () => {
  lake = await startPreviewLake(DEMO, 'preview', SENTINEL)
  build = await buildSite({
    DATASET_FILE: undefined,
    SANITY_PROJECT_ID: 'preview',
    SANITY_DATASET: 'production',
    SANITY_API_HOST: lake.url,
    SANITY_API_READ_TOKEN: SENTINEL,
    // Everything the preview sets: the static build must ignore the preview flag.
    SANITY_PERSPECTIVE: 'drafts',
    CAMPAIGN_PREVIEW: 'drafts',
    SANITY_STUDIO_URL: 'http://localhost:3333',
  })
}, 300_000)

afterAll(async () => {
  await lake?.close()
  if (build) rmSync(dirname(build.outDir), { recursive: true, force: true })
})

describe('a site built with a read token (and the preview\'s settings) in its environment', () => {
  it('builds from the Content Lake, sending the token', () => {
    expect(build.code, `${build.stdout}\n${build.stderr}`).toBe(0)
    expect(build.stdout).toMatch(/Content from Sanity Content Lake/)
    expect(lake.authorizations).toContain(`Bearer ${SENTINEL}`)
  })

  it('has the token in no file: no page, feed, script, index or image', () => {
    const all = files(build.outDir)
    expect(all.length).toBeGreaterThan(20)
    const leaks = all.filter((file) => readFileSync(file).includes(SENTINEL)).map((file) => relative(build.outDir, file))
    expect(leaks).toEqual([])
  })

  it('has no edit links hidden in its text and no overlay script', () => {
    expect(STEGA_RUN.test(vercelStegaCombine('A title', { origin: 'sanity.io', href: '/intent/edit/id=x' }))).toBe(true)
    const text = files(build.outDir).filter((file) => /\.(html|xml|json|js|css|ics|txt|xsl)$/.test(file))
    const found = text.flatMap((file) => {
      const content = readFileSync(file, 'utf8')
      const problems = []
      if (STEGA_RUN.test(content)) problems.push('stega characters')
      if (/enableVisualEditing|@sanity\/visual-editing|src\/preview\/overlay/.test(content)) problems.push('the visual editing overlay')
      return problems.map((p) => `${relative(build.outDir, file)}: ${p}`)
    })
    expect(found).toEqual([])
  })
})
