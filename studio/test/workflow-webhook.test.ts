import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { evaluate, parse } from 'groq-js'
import { describe, expect, it } from 'vitest'
import { LEAST_PERMISSION, PUBLISHED_TYPES, webhookFilter, webhookProjection, webhookSettings } from '../webhook.ts'

type Doc = { _id: string; _type: string }

async function run(query: string, dataset: Doc[]): Promise<unknown> {
  return (await evaluate(parse(query), { dataset })).get()
}

describe('the publish webhook', () => {
  it('has a filter and projection that are valid GROQ', () => {
    expect(() => parse(`*[${webhookFilter}]`)).not.toThrow()
    expect(() => parse(`*[0]${webhookProjection}`)).not.toThrow()
  })

  it('fires for a published document of every type the site shows', async () => {
    const published = PUBLISHED_TYPES.map((type) => ({ _id: `${type}-1`, _type: type }))
    expect(await run(`*[${webhookFilter}]._id`, published)).toEqual(published.map((d) => d._id))
    expect([...PUBLISHED_TYPES].sort()).toEqual(['ask', 'campaign', 'milestone', 'nation', 'siteSettings', 'story', 'translation.metadata', 'update'])
  })

  it('stays quiet for drafts, release versions and types the site does not show', async () => {
    const quiet: Doc[] = [
      { _id: 'drafts.update-1', _type: 'update' },
      { _id: 'drafts.campaign', _type: 'campaign' },
      { _id: 'versions.spring.update-2', _type: 'update' },
      { _id: 'image-abc-10x10-png', _type: 'sanity.imageAsset' },
      { _id: 'preview-secret', _type: 'sanity.previewUrlSecret' },
    ]
    expect(await run(`*[${webhookFilter}]`, quiet)).toEqual([])
  })

  it('sends GitHub a workflow_dispatch body: main, the content-event trigger, the document named', async () => {
    const body = await run(`*[_id == "update-1"][0]${webhookProjection}`, [{ _id: 'update-1', _type: 'update' }])
    expect(body).toEqual({ ref: 'main', inputs: { trigger: 'sanity-publish', document: 'update update-1' } })
  })

  it('posts to the deploy workflow\'s dispatches API on create, update and delete', () => {
    expect(webhookSettings.url).toMatch(/^https:\/\/api\.github\.com\/repos\/[^/]+\/[^/]+\/actions\/workflows\/deploy\.yml\/dispatches$/)
    expect(webhookSettings.httpMethod).toBe('POST')
    expect([...webhookSettings.triggerOn]).toEqual(['create', 'update', 'delete'])
    expect(webhookSettings.headers.Accept).toBe('application/vnd.github+json')
    expect(webhookSettings.headers.Authorization).toMatch(/^Bearer /)
  })

  it('needs a token that can run workflows and nothing more: never one that can push code', () => {
    expect(LEAST_PERMISSION).toEqual({ repository: 'this repository only', permission: 'Actions', access: 'Read and write' })
    expect(webhookSettings.headers.Authorization).toContain('Actions read and write, nothing else')
    expect(webhookSettings.headers.Authorization).not.toMatch(/Contents/)
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8')
    // The README's list of tokens names where it is kept and the least it needs.
    const row = readme.split('\n').find((line) => line.startsWith('| GitHub webhook token |'))
    expect(row).toContain('Sanity webhook')
    expect(row).toContain('*Actions: Read and write*')
    expect(row).not.toMatch(/Contents/)
  })

  it('is described in the README exactly as it must be pasted', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8')
    expect(readme).toContain(webhookFilter)
    expect(readme).toContain(webhookProjection)
    expect(readme).toContain(webhookSettings.url)
  })
})
