// The test Studio in Debian's Chromium, logged in with the lake's token, as an editor
// would see it. Every name but localhost and *.localhost fails at once (no DNS look-up
// that hangs): what the Studio tries to reach elsewhere is recorded, not fetched.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core'
import { chromiumPath } from '../../../site/test/support/browser.ts'
import { LAKE_PROJECT_ID, LAKE_TOKEN } from './lake/server.ts'

export interface StudioBrowser {
  context: BrowserContext
  page: Page
  /** Console errors and uncaught exceptions, as the page reported them. */
  errors: string[]
  /** Requests to any host other than the Studio and its lake. */
  offsite: string[]
  close(): Promise<void>
}

/**
 * `alsoReach`: other origins the test serves itself (the hosted preview on 127.0.0.1).
 * With them, a browser profile on disk, as staff's own browsers are: a fresh context is
 * an incognito window, and in one Sanity's overlays in the framed preview did not
 * connect to the Studio.
 */
export async function openStudio(studioUrl: string, alsoReach: string[] = []): Promise<StudioBrowser> {
  const options = {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-gpu',
      '--no-first-run',
      '--disable-sync',
      // 127.0.0.1 itself is reached as it is (the hosted preview's Worker, when a test runs one).
      '--host-resolver-rules=MAP localhost 127.0.0.1, MAP *.localhost 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  }
  // The lake's certificate is made for the run: trusted here, and only here.
  const contextOptions = { ignoreHTTPSErrors: true, viewport: { width: 1440, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' }
  let browser: Browser | undefined
  let context: BrowserContext
  if (alsoReach.length) {
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'campaign-studio-profile-')), { ...options, ...contextOptions })
  } else {
    browser = await chromium.launch(options)
    context = await browser.newContext(contextOptions)
  }
  // In the Studio's own pages only: a framed preview (another site) may not touch its storage.
  await context.addInitScript(
    ([key, token, origin]) => {
      if (window.location.origin === origin) window.localStorage.setItem(key!, JSON.stringify({ token, time: new Date().toISOString() }))
    },
    [`__studio_auth_token_${LAKE_PROJECT_ID}`, LAKE_TOKEN, new URL(studioUrl).origin],
  )
  const offsite: string[] = []
  const local = new URL(studioUrl).host
  await context.route(
    (url) => url.host !== local && url.host !== `${LAKE_PROJECT_ID}.${local}` && !alsoReach.includes(url.origin),
    async (route) => {
      const url = new URL(route.request().url())
      offsite.push(`${route.request().method()} ${url.origin}${url.pathname}`)
      return route.abort('namenotresolved')
    },
  )
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(`${message.text()} (at ${message.location().url})`)
  })
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`))
  return { context, page, errors, offsite, close: () => (browser ? browser.close() : context.close()) }
}
