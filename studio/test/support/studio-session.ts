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
  /** Opens a Studio path, e.g. "/structure/ask;ask-prompt-diagnosis". */
  open(path: string): Promise<void>
  /** Console errors no entry in console-errors.ts explains, and requests the lake had no answer for (but presence's socket). */
  unexplained(): { errors: string[]; requests: string[] }
  close(): Promise<void>
}

export async function startStudioSession({ alsoReach = [] as string[] } = {}): Promise<StudioSession> {
  const studioDir = await testStudio()
  const lake = await startContentLake({ studioDir, datasetFile: DEMO_DATASET })
  const browser = await openStudio(lake.studioUrl, alsoReach)
  return {
    lake,
    browser,
    page: browser.page,
    open: async (path) => void (await browser.page.goto(lake.studioUrl + path)),
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
