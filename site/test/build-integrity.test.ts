import { existsSync, readdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { describe, expect, it } from 'vitest'
import { baseDocuments, ref, withDoc, writeDataset } from './fixtures/dataset.ts'
import { buildSite } from './support/build-site.ts'
import { treeHash } from './support/tree-hash.ts'

describe('a build with bad content', () => {
  it('exits non-zero, names every problem, and leaves the previous site byte for byte', async () => {
    const good = await buildSite({ DATASET_FILE: writeDataset(baseDocuments()) })
    expect(good.code, good.stderr).toBe(0)
    const before = treeHash(good.outDir)
    expect(before.has('updates/we-launched/index.html')).toBe(true)

    let docs = withDoc(baseDocuments(), 'update-launch', (d) => ({ ...d, publishedAt: 'last Tuesday', relatedAsks: [ref('ask-nowhere')] }))
    docs = withDoc(docs, 'ask-diagnosis', (d) => ({ ...d, slug: { _type: 'slug', current: 'Prompt Diagnosis!' } }))
    docs.push({ ...docs.find((d) => d._id === 'nation-england')!, _id: 'nation-england-2' })
    docs.push({ _id: 'milestone-orphan', _type: 'milestone', title: 'Orphan', date: '2020-01-01', kind: 'meeting', nation: { _type: 'reference', _ref: 'drafts.nation-wales' } })

    const bad = await buildSite({ DATASET_FILE: writeDataset(docs) }, good.outDir)
    expect(bad.code).not.toBe(0)
    const lines = bad.stderr.split('\n')
    expect(lines).toContain('update update-launch publishedAt: must be a date and time (ISO 8601)')
    expect(lines).toContain('ask ask-diagnosis slug: must be lowercase letters, digits and single hyphens')
    expect(lines).toContain('nation nation-england-2 slug: "england" is already used by nation nation-england')
    expect(lines).toContain('milestone milestone-orphan nation: refers to nation drafts.nation-wales, which is missing or not published')
    expect(bad.stderr).toContain('site/dist is unchanged')

    expect(treeHash(good.outDir)).toEqual(before)
    // No half-built folder left beside it either: only the build cache the next build reuses.
    expect(readdirSync(dirname(good.outDir)).sort()).toEqual(['dist', 'dist.cache'])
  }, 120_000)

  it('reports a dataset file that is not NDJSON, naming the line', async () => {
    const file = writeDataset(baseDocuments())
    const { appendFileSync } = await import('node:fs')
    appendFileSync(file, '{"_id": "broken", \n')
    const result = await buildSite({ DATASET_FILE: file })
    expect(result.code).not.toBe(0)
    expect(result.stderr).toMatch(/data\.ndjson line 9 is not valid JSON/)
    expect(existsSync(result.outDir)).toBe(false)
  }, 60_000)
})
