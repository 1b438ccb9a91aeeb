// The hosted preview beside the Studio, as a campaign officer with only a browser
// uses it: the Presentation tool (Preview) frames the Worker (npm run build:preview,
// run by npm run preview:worker in workerd on 127.0.0.1), which lets it in through
// Presentation's handshake and reads the local Content Lake the Studio writes to.
import { stegaClean } from '@sanity/client/stega'
import type { FrameLocator } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPreviewWorker, type RunningPreview } from '../../../site/test/support/preview-worker.ts'
import { STAMP_META, STAMP_PATH } from '../../../site/src/preview/stamp.ts'
import { screenshot } from '../support/screenshots.ts'
import { startStudioSession, type StudioSession } from '../support/studio-session.ts'
import { TEST_PREVIEW_PORT, TEST_PREVIEW_URL } from '../support/test-studio.ts'

const UPDATE_ID = 'update-campaign-one-year-on'
const UPDATE_PATH = '/updates/campaign-one-year-on/'
const DRAFT_TITLE = 'DRAFT One year on: where our campaign stands, and what April could change'
const PUBLISHED_TITLE = 'One year on: where our campaign stands'
const REVISED_TITLE = `${DRAFT_TITLE}, revised`
const FIRST_PARAGRAPH = 'A year ago we launched our campaign'

let studio: StudioSession
let preview: RunningPreview
let frame: FrameLocator

beforeAll(async () => {
  studio = await startStudioSession({ alsoReach: [TEST_PREVIEW_URL] })
  // In the preview's frame, each page load keeps the state of its link with the Studio's
  // overlays channel (Sanity's comlink): the Studio hears the page's clicks only once it
  // has answered the page's handshake. After a reload, and after a field loses focus, the
  // Studio shakes hands again and again for one to three seconds (seen: up to 1.1 s between
  // two handshakes), and a click between them goes nowhere.
  await studio.page.context().addInitScript(() => {
    if (window === window.top) return
    addEventListener('message', ({ data }: MessageEvent<{ from?: string; to?: string; type?: string } | null>) => {
      if (data?.from !== 'presentation' || data.to !== 'overlays') return
      const link = { 'handshake/syn': 'connecting', 'handshake/ack': 'connected', disconnect: 'connecting' }[data.type ?? '']
      if (link) Object.assign(window, { studioLink: { state: link, since: Date.now() } })
    })
  })
  preview = await startPreviewWorker(studio.lake, { PORT: String(TEST_PREVIEW_PORT), CAMPAIGN_NOW: '2021-01-15T12:00:00Z' })
  frame = studio.page.frameLocator(`iframe[src^="${TEST_PREVIEW_URL}"]`)
})
afterAll(async () => {
  await preview?.stop()
  await studio?.close()
})

// The preview's text carries invisible edit links (stega): what a reader sees is the text without them.
const heading = async () => stegaClean(await frame.locator('main h1').innerText())

/** How long the link must have held, to be past the Studio's bout of handshakes. */
const LINK_HELD_MS = 2_500

/** The preview's page shows the dataset's latest state, and its link with the Studio has held for LINK_HELD_MS. */
async function previewSettled(): Promise<boolean> {
  const page = studio.page.frames().find((f) => f.url().startsWith(TEST_PREVIEW_URL))
  if (!page) return false
  return page
    .evaluate(
      async ([meta, path, held]) => {
        const link = (window as { studioLink?: { state: string; since: number } }).studioLink
        const shown = document.querySelector<HTMLMetaElement>(`meta[name="${meta}"]`)?.content
        const { stamp } = (await (await fetch(path, { cache: 'no-store' })).json()) as { stamp?: string }
        return link?.state === 'connected' && Date.now() - link.since >= held && shown === stamp
      },
      [STAMP_META, STAMP_PATH, LINK_HELD_MS] as const,
    )
    .catch(() => false) // the page was reloading
}

describe('previewing a draft beside the Studio', { timeout: 120_000 }, () => {
  it('opens an update in the Preview tool, showing its draft title', async () => {
    await studio.open(`/intent/edit/mode=presentation;id=${UPDATE_ID};type=update/?preview=${encodeURIComponent(UPDATE_PATH)}`)
    await expect.poll(() => heading(), { timeout: 60_000 }).toBe(DRAFT_TITLE)
    await screenshot(studio.page, 'presentation-draft')
  })

  it('a title changed in the Studio shows in the preview once it is saved', async () => {
    const title = studio.page.getByTestId('field-title').locator('input')
    await expect.poll(() => title.inputValue(), { timeout: 30_000 }).toBe(DRAFT_TITLE)
    await title.click()
    await title.press('End')
    await title.pressSequentially(', revised', { delay: 30 })
    // Saved: the Studio sends its edits to the lake about once a second.
    await expect.poll(() => (studio.lake.documents.get(`drafts.${UPDATE_ID}`) as { title?: string } | undefined)?.title, { timeout: 15_000 }).toBe(REVISED_TITLE)
    await expect.poll(() => heading(), { timeout: 30_000 }).toBe(REVISED_TITLE)
  })

  it('clicking a paragraph in the preview focuses that field in the Studio', async () => {
    const paragraph = frame.locator('main p', { hasText: FIRST_PARAGRAPH })
    // Leave the title field first: Sanity 6.14's Presentation tool records a field losing
    // focus in the address a moment later, and that can overwrite the paragraph's place.
    await studio.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await expect.poll(() => decodeURIComponent(new URL(studio.page.url()).pathname), { timeout: 15_000 }).toMatch(/\/update-campaign-one-year-on\/?$/)
    // A person waits for the preview to settle before clicking in it: the page shows the
    // latest save (no reload for the last edit still to come) and is linked with the Studio
    // (a click made before that went nowhere in about 1 run in 8).
    await expect.poll(previewSettled, { timeout: 30_000 }).toBe(true)
    // Then points at the paragraph until the overlay outlines it, and clicks once.
    const outlined = frame.locator('sanity-visual-editing [data-hovered]')
    await expect
      .poll(async () => {
        await paragraph.hover()
        return outlined.count()
      }, { timeout: 30_000 })
      .toBeGreaterThan(0)
    await paragraph.click()
    // The Studio opens the body at that paragraph: its place in the address, the cursor in it.
    const place = () => decodeURIComponent(new URL(studio.page.url()).pathname)
    await expect.poll(place, { timeout: 15_000 }).toMatch(/\/update-campaign-one-year-on\/body\[_key=="[^"]+"\]\.children/)
    const cursor = () =>
      studio.page.evaluate(() => ({
        field: document.activeElement?.closest('[data-testid^="field-"]')?.getAttribute('data-testid'),
        text: window.getSelection()?.anchorNode?.textContent?.slice(0, 40),
      }))
    await expect.poll(cursor, { timeout: 15_000 }).toEqual({ field: 'field-body', text: expect.stringContaining(FIRST_PARAGRAPH) })
    await screenshot(studio.page, 'presentation-click-to-edit')
  })

  it('switching the perspective to Published shows the published title', async () => {
    // Leave the field first. Sanity 6.14's Presentation tool records a field losing focus
    // in the address a moment later, and that drops a perspective chosen in between: the
    // preview would go back to drafts.
    await studio.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await expect.poll(() => decodeURIComponent(new URL(studio.page.url()).pathname), { timeout: 15_000 }).not.toContain('body[')
    await studio.page.getByRole('button', { name: /^Published$/ }).first().click()
    await expect.poll(() => heading(), { timeout: 30_000 }).toBe(PUBLISHED_TITLE)
    await screenshot(studio.page, 'presentation-published')
  })

  it('left nothing the lake could not answer, and no unexplained console errors', () => {
    expect(studio.unexplained()).toEqual({ errors: [], requests: [] })
  })
})
