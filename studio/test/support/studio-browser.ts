// The test Studio in Debian's Chromium, logged in with the lake's token, as an editor
// would see it. Every name but localhost and *.localhost fails at once (no DNS look-up
// that hangs): what the Studio tries to reach elsewhere is recorded, not fetched.
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core'
import { chromiumPath } from '../../../site/test/support/browser.ts'
import { LAKE_PROJECT_ID, LAKE_TOKEN } from './lake/server.ts'

export interface StudioBrowser {
  browser: Browser
  page: Page
  /** Console errors and uncaught exceptions, as the page reported them. */
  errors: string[]
  /** Requests to any host other than the Studio and its lake. */
  offsite: string[]
  close(): Promise<void>
}

export async function openStudio(studioUrl: string): Promise<StudioBrowser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-gpu',
      '--no-first-run',
      '--disable-sync',
      '--host-resolver-rules=MAP localhost 127.0.0.1, MAP *.localhost 127.0.0.1, MAP * ~NOTFOUND',
    ],
  })
  // The lake's certificate is made for the run: trusted here, and only here.
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1440, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' })
  await context.addInitScript(
    ([key, token]) => window.localStorage.setItem(key!, JSON.stringify({ token, time: new Date().toISOString() })),
    [`__studio_auth_token_${LAKE_PROJECT_ID}`, LAKE_TOKEN],
  )
  const offsite: string[] = []
  const local = new URL(studioUrl).host
  await context.route(
    (url) => url.host !== local && url.host !== `${LAKE_PROJECT_ID}.${local}`,
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
  return { browser, page, errors, offsite, close: () => browser.close() }
}
