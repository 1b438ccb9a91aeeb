import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { evaluate, parse } from 'groq-js'
import { describe, expect, it } from 'vitest'
import { PUBLISHED_TYPES, webhookFilter, webhookProjection, webhookSettings } from '../webhook.ts'

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

  it('sends GitHub a repository_dispatch body naming the document', async () => {
    const body = await run(`*[_id == "update-1"][0]${webhookProjection}`, [{ _id: 'update-1', _type: 'update' }])
    expect(body).toEqual({ event_type: 'sanity-publish', client_payload: { _id: 'update-1', _type: 'update' } })
  })

  it('posts to GitHub\'s dispatches API on create, update and delete', () => {
    expect(webhookSettings.url).toMatch(/^https:\/\/api\.github\.com\/repos\/[^/]+\/[^/]+\/dispatches$/)
    expect(webhookSettings.httpMethod).toBe('POST')
    expect([...webhookSettings.triggerOn]).toEqual(['create', 'update', 'delete'])
    expect(webhookSettings.headers.Accept).toBe('application/vnd.github+json')
    expect(webhookSettings.headers.Authorization).toMatch(/^Bearer /)
  })

  it('is described in the README exactly as it must be pasted', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8')
    expect(readme).toContain(webhookFilter)
    expect(readme).toContain(webhookProjection)
    expect(readme).toContain(webhookSettings.url)
  })
})
