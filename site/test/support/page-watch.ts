import type { BrowserContext, Page } from 'playwright-core'

/**
 * Collects what a reader's browser would complain about on a page: console
 * errors, uncaught exceptions, failed or 4xx/5xx requests. Anything not served
 * by the test server is blocked and reported, so a page that reaches out to
 * the internet fails rather than hangs.
 */
export async function watch(context: BrowserContext, origin: string): Promise<{ problems: string[]; page: Page }> {
  const problems: string[] = []
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(`${origin}/`)) return route.continue()
    problems.push(`external request: ${url}`)
    return route.abort()
  })
  const page = await context.newPage()
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`))
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`))
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`))
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`))
  return { problems, page }
}
