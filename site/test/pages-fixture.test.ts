import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { baseDocuments, writeDataset } from './fixtures/dataset.ts'
import { page, text } from './support/built-pages.ts'
import { buildSite, type BuildResult } from './support/build-site.ts'

// The small fixture campaign has no email provider set, and the build's clock is
// put before the hand-in: what the home page says then.
let build: BuildResult

beforeAll(async () => {
  build = await buildSite({ DATASET_FILE: writeDataset(baseDocuments()), CAMPAIGN_NOW: '2020-02-20T12:00:00Z' })
}, 120_000)

describe('the home page before the hand-in, with no email provider', () => {
  it('builds', () => {
    expect(build.code, build.stderr).toBe(0)
  })

  it('counts the days to the hand-in, fixed at build time', () => {
    expect(text(page(build.outDir, '/').querySelector('.petition'))).toContain(
      'The petition is to be handed in on 3 March 2020, in 12 days, to the Cancer Minister.',
    )
  })

  it('leaves out the "Stay in touch" form', () => {
    const html = readFileSync(join(build.outDir, 'index.html'), 'utf8')
    expect(html).not.toContain('Stay in touch')
    expect(html).not.toMatch(/<form/)
  })
})
