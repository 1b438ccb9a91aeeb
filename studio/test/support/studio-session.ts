// One browser test file's Studio: the shared test build, a fresh local Content Lake
// holding the demo dataset, and Chromium logged in as an editor.
import type { Page } from 'playwright-core'
import { unexplained } from './console-errors.ts'
import { startContentLake, type ContentLake } from './lake/server.ts'
import { openStudio, type StudioBrowser } from './studio-browser.ts'
import { DEMO_DATASET, testStudio } from './test-studio.ts'

export interface StudioSession {
  lake: ContentLake
  browser: StudioBrowser
  page: Page
  /** Opens a Studio path, e.g. "/structure", once the Studio has drawn its first pane. */
  open(path: string): Promise<void>
  /** Opens a document's path, e.g. "/structure/ask;en;ask-prompt-diagnosis", once its form shows the loaded document. */
  openDocument(path: string): Promise<void>
  /** Console errors no entry in console-errors.ts explains, and requests the lake had no answer for (but presence's socket). */
  unexplained(): { errors: string[]; requests: string[] }
  close(): Promise<void>
}

// A cold Studio parses some megabytes of scripts before it draws anything: on a busy
// 2-core machine that has taken over 30 s. Later steps wait with the usual timeouts.
const STUDIO_START = 120_000

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.getByTestId('pane-header').first().waitFor({ timeout: STUDIO_START })
}

export async function startStudioSession({ alsoReach = [] as string[] } = {}): Promise<StudioSession> {
  const studioDir = await testStudio()
  const lake = await startContentLake({ studioDir, datasetFile: DEMO_DATASET })
  const browser = await openStudio(lake.studioUrl, alsoReach)
  return {
    lake,
    browser,
    page: browser.page,
    open: (path) => open(browser.page, lake.studioUrl + path),
    openDocument: async (path) => {
      await open(browser.page, lake.studioUrl + path)
      // The form draws its fields only once the document is loaded (a spinner before).
      await browser.page.getByTestId('document-pane').locator('[data-testid^="field-"]').first().waitFor({ timeout: STUDIO_START })
    },
    unexplained: () => ({
      errors: unexplained(browser.errors),
      requests: lake.unknown.filter(({ method }) => method !== 'WEBSOCKET').map(({ method, path }) => `${method} ${path}`),
    }),
    close: async () => {
      await browser.close()
      await lake.close()
    },
  }
}
