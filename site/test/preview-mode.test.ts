import { afterEach, describe, expect, it } from 'vitest'
import type { SiteContent } from '../src/content/index.ts'
import { newPageRequest, PREVIEW_TTL_MS, previewContent } from '../src/preview/content-cache.ts'
import { isPageRequest } from '../src/preview/integration.ts'
import { getContent, installContentLoader } from '../src/content/index.ts'
import { draftsPreview } from '../src/preview/integration.ts'
import { previewPerspective, previewSettings } from '../src/preview/settings.ts'

const STORE = Symbol.for('campaign-platform.preview-content')
afterEach(() => void delete (globalThis as Record<symbol, unknown>)[STORE])

/** A loader that counts its loads and answers with the load's number. */
function counter() {
  let loads = 0
  const load = () => Promise.resolve({ source: `load ${++loads}` } as SiteContent)
  return { load, loads: () => loads }
}

describe('preview content cache', () => {
  it('reads content once for all the parts of one page request', async () => {
    const { load, loads } = counter()
    newPageRequest()
    const first = await previewContent(load, () => 0)
    const again = await previewContent(load, () => 100)
    expect(again).toBe(first)
    expect(loads()).toBe(1)
  })

  it('reads afresh for the next page request, so an editor sees their change', async () => {
    const { load, loads } = counter()
    newPageRequest()
    expect((await previewContent(load, () => 0)).source).toBe('load 1')
    newPageRequest()
    expect((await previewContent(load, () => 10)).source).toBe('load 2')
    expect(loads()).toBe(2)
  })

  it('never holds content longer than a moment, even with no page requests marked', async () => {
    const { load } = counter()
    expect((await previewContent(load, () => 0)).source).toBe('load 1')
    expect((await previewContent(load, () => PREVIEW_TTL_MS - 1)).source).toBe('load 1')
    expect((await previewContent(load, () => PREVIEW_TTL_MS)).source).toBe('load 2')
    expect(PREVIEW_TTL_MS).toBeLessThanOrEqual(5_000)
  })

  it('does not remember a failed load: the editor fixes the draft and reloads', async () => {
    let fail = true
    const load = () => (fail ? Promise.reject(new Error('update drafts.x title: is empty')) : Promise.resolve({ source: 'fixed' } as SiteContent))
    await expect(previewContent(load, () => 0)).rejects.toThrow(/is empty/)
    fail = false
    expect((await previewContent(load, () => 1)).source).toBe('fixed')
  })
})

describe('preview mode', () => {
  it('takes over the content door from above, only in the dev server', async () => {
    const setup = draftsPreview().hooks['astro:config:setup']!
    const hookArgs = (command: string) => ({ command, injectScript: () => {}, updateConfig: () => {} }) as unknown as Parameters<typeof setup>[0]
    try {
      expect(() => setup(hookArgs('build'))).toThrow(/only in the dev server/)
      await setup(hookArgs('dev'))
      // Pages keep calling getContent(); the preview's loader answers, and says what is missing.
      await expect(getContent()).rejects.toThrow(/SANITY_PROJECT_ID/)
    } finally {
      installContentLoader(undefined)
    }
  })

  it('shows drafts unless the Presentation tool asks for published or a release', () => {
    expect(previewPerspective(undefined)).toBe('drafts')
    expect(previewPerspective('published')).toBe('published')
    expect(previewPerspective('drafts')).toBe('drafts')
    expect(previewPerspective('rAprilData,drafts')).toEqual(['rAprilData', 'drafts'])
    expect(previewPerspective('raw')).toBe('drafts')
    expect(previewPerspective('drafts;evil')).toBe('drafts')
  })

  it('says what is missing, by name', () => {
    expect(() => previewSettings({})).toThrow(/SANITY_PROJECT_ID .* and SANITY_API_READ_TOKEN/)
    expect(() => previewSettings({ SANITY_PROJECT_ID: 'abc' })).toThrow(/needs SANITY_API_READ_TOKEN/)
    expect(() => previewSettings({ SANITY_PROJECT_ID: 'abc', SANITY_API_READ_TOKEN: 't', DATASET_FILE: '/x.ndjson' })).toThrow(/unset DATASET_FILE/)
    expect(previewSettings({ SANITY_PROJECT_ID: 'abc', SANITY_API_READ_TOKEN: 't', SANITY_STUDIO_URL: 'https://campaign.sanity.studio/' })).toEqual({
      projectId: 'abc',
      dataset: 'production',
      token: 't',
      apiHost: undefined,
      studioUrl: 'https://campaign.sanity.studio',
    })
  })

  it('treats page views as page requests, and the dev server\'s own files as not', () => {
    for (const url of ['/', '/updates/', '/updates/petition-handed-in/', '/rss.xml', '/asks/x/rss.xml', '/feed.json', '/search/?q=nurse']) expect(isPageRequest(url), url).toBe(true)
    for (const url of ['/@vite/client', '/@id/astro:scripts/page.js', '/src/preview/overlay.ts', '/node_modules/.vite/deps/x.js', '/src/styles/global.css?direct', '/favicon.svg', '/_astro/x.webp']) expect(isPageRequest(url), url).toBe(false)
  })
})
