// The hosted preview beside the Studio, as a campaign officer with only a browser
// uses it: the Presentation tool (Preview) frames the Worker (npm run build:preview,
// run by npm run preview:worker in workerd on 127.0.0.1), which lets it in through
// Presentation's handshake and reads the local Content Lake the Studio writes to.
import type { FrameLocator } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPreviewWorker, type RunningPreview } from '../../../site/test/support/preview-worker.ts'
import { screenshot } from '../support/screenshots.ts'
import { startStudioSession, type StudioSession } from '../support/studio-session.ts'
import { TEST_PREVIEW_PORT, TEST_PREVIEW_URL } from '../support/test-studio.ts'

const UPDATE_ID = 'update-campaign-one-year-on'
const UPDATE_PATH = '/updates/campaign-one-year-on/'
const DRAFT_TITLE = 'DRAFT One year on: where our campaign stands, and what April could change'
const PUBLISHED_TITLE = 'One year on: where our campaign stands'

let studio: StudioSession
let preview: RunningPreview
let frame: FrameLocator

beforeAll(async () => {
  studio = await startStudioSession({ alsoReach: [TEST_PREVIEW_URL] })
  preview = await startPreviewWorker(studio.lake, { PORT: String(TEST_PREVIEW_PORT), CAMPAIGN_NOW: '2021-01-15T12:00:00Z' })
  frame = studio.page.frameLocator(`iframe[src^="${TEST_PREVIEW_URL}"]`)
})
afterAll(async () => {
  await preview?.stop()
  await studio?.close()
})

const heading = () => frame.locator('main h1')

describe('previewing a draft beside the Studio', { timeout: 120_000 }, () => {
  it('opens an update in the Preview tool, showing its draft title', async () => {
    await studio.open(`/intent/edit/mode=presentation;id=${UPDATE_ID};type=update/?preview=${encodeURIComponent(UPDATE_PATH)}`)
    await expect.poll(() => heading().innerText(), { timeout: 60_000 }).toBe(DRAFT_TITLE)
    await screenshot(studio.page, 'presentation-draft')
  })

  it('switching the perspective to Published shows the published title', async () => {
    await studio.page.getByRole('button', { name: /^Published$/ }).first().click()
    await expect.poll(() => heading().innerText(), { timeout: 30_000 }).toBe(PUBLISHED_TITLE)
    await screenshot(studio.page, 'presentation-published')
  })

  it('left nothing the lake could not answer, and no unexplained console errors', () => {
    expect(studio.unexplained()).toEqual({ errors: [], requests: [] })
  })
})
