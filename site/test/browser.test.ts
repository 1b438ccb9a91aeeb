import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeOn } from './support/axe.ts'
import { launchChromium } from './support/browser.ts'
import { searchRecords } from './support/built-pages.ts'
import { demoDocuments, hiddenStories, scheduledUpdates, welshDemoDocuments } from './support/demo-dataset.ts'
import { demoSite } from './support/demo-site.ts'
import { watch } from './support/page-watch.ts'
import { serveStatic, type StaticServer } from './support/static-server.ts'

/** One page of every kind, picked from the demo dataset (never a story or update the site leaves out). */
const docs = demoDocuments()
const leftOut = new Set([...hiddenStories(docs), ...scheduledUpdates(docs)].map((d) => d._id))
const slugOf = (type: string, pick: (d: (typeof docs)[number]) => boolean = () => true) =>
  docs.find((d) => d._type === type && !d._id.includes('.') && !leftOut.has(d._id) && pick(d))!.slug.current
const update = `/updates/${slugOf('update', (d) => Boolean(d.heroImage))}/`
// An update over a year old at the test clock, which says so at the top.
const oldUpdate = `/updates/${slugOf('update', (d) => Date.parse(d.publishedAt) < Date.parse('2020-01-01T00:00:00Z'))}/`
// The same kinds in Welsh, where the demo has translated them; its lists also hold untranslated English items.
const welsh = welshDemoDocuments()
const welshSlug = (type: string) => welsh.find((d) => d._type === type && Date.parse(d.publishedAt ?? '2000-01-01') < Date.parse('2021-01-01'))!.slug.current
const welshAsk = `/cy/asks/${welshSlug('ask')}/`
const WELSH_PAGE_KINDS = [
  '/cy/',
  '/cy/asks/',
  welshAsk,
  `/cy/nations/${welshSlug('nation')}/`,
  '/cy/timeline/',
  '/cy/stories/',
  '/cy/updates/',
  `/cy/updates/${welshSlug('update')}/`,
  '/cy/search/',
  '/cy/404.html',
]
const PAGE_KINDS = [...new Set([
  '/',
  '/asks/',
  `/asks/${slugOf('ask')}/`,
  `/nations/${slugOf('nation')}/`,
  '/timeline/',
  '/stories/',
  `/stories/${slugOf('story', (d) => Boolean(d.contentNote))}/`,
  '/updates/',
  update,
  oldUpdate,
  '/search/',
  '/404.html',
  ...WELSH_PAGE_KINDS,
])]
const SEARCH_PAGES = new Set(['/search/', '/cy/search/'])

let server: StaticServer
let browser: Browser

beforeAll(async () => {
  server = await serveStatic(await demoSite())
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/**
 * One tab for each way the pages are read (a width, scripts on or off), kept for the
 * whole file: each page is loaded afresh in it, and only that load's problems are
 * counted. A tab in a new context cost a new Chromium renderer, about half a second,
 * on each of the file's 90 loads. Routing every request (page-watch.ts) keeps the
 * HTTP cache off, so no page leans on what an earlier one fetched.
 */
const tabs = new Map<string, ReturnType<typeof watch>>()

async function open(path: string, options: { javaScriptEnabled?: boolean; width?: number } = {}) {
  const javaScriptEnabled = options.javaScriptEnabled ?? true
  const width = options.width ?? 1280
  const key = `${width} ${javaScriptEnabled}`
  if (!tabs.has(key)) tabs.set(key, browser.newContext({ javaScriptEnabled, viewport: { width, height: 900 } }).then((context) => watch(context, server.origin)))
  const { page, problems } = await tabs.get(key)!
  // Leaving the last page first ends whatever it still had in flight, so none of it is counted against this one.
  await page.goto('about:blank')
  problems.length = 0
  await page.goto(server.origin + path, { waitUntil: 'load' })
  // After "load" only a script can still fetch something: a page that runs one (search)
  // is read once the network is quiet, the others at once (their only scripts are JSON-LD).
  if (javaScriptEnabled && (await page.locator('script:not([type="application/ld+json"])').count()) > 0) {
    await page.waitForLoadState('networkidle')
  }
  // The tab stays open for the next page read the same way.
  return { page, problems, close: async () => {} }
}

const axeViolations = async (page: Page) =>
  (await axeOn(page).analyze()).violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )

const reading = async (page: Page) => ({
  h1: (await page.locator('h1').innerText()).trim(),
  main: (await page.locator('main').innerText()).replace(/\s+/g, ' ').trim(),
})

/** What each page reads like at 1280 px with scripts, kept for the same page read without them. */
const readingWithScripts = new Map<string, Awaited<ReturnType<typeof reading>>>()

// One desktop visit per page kind serves its console check, its 1280 px axe run and the
// reading the no-JavaScript check compares with; the phone and 320 px checks load their own.
describe.each(PAGE_KINDS)('%s in Chromium', (path) => {
  let desktop: Awaited<ReturnType<typeof open>>
  let problemsOnLoad: string[]
  beforeAll(async () => {
    desktop = await open(path)
    problemsOnLoad = [...desktop.problems]
    readingWithScripts.set(path, await reading(desktop.page))
  })
  afterAll(() => desktop?.close())

  it('loads with no console error, no failed request and nothing fetched from elsewhere', () => {
    expect(problemsOnLoad).toEqual([])
  })

  it('has no WCAG 2.2 A/AA violation axe can find, on a phone and on a desktop', async () => {
    const phone = await open(path, { width: 375 })
    expect(await axeViolations(phone.page), '375px wide').toEqual([])
    await phone.close()
    expect(await axeViolations(desktop.page), '1280px wide').toEqual([])
  })

  it('fits a 320 px screen without sideways scrolling', async () => {
    const { page, close } = await open(path, { width: 320 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0)
    await close()
  })
})

// The search page is the one page that needs scripts; it is checked on its own below.
describe.each(PAGE_KINDS.filter((path) => !SEARCH_PAGES.has(path)))('%s without JavaScript', (path) => {
  it('reads the same: the same h1 and main text', async () => {
    const withScripts = readingWithScripts.get(path) ?? (await (async () => {
      const on = await open(path)
      try {
        return await reading(on.page)
      } finally {
        await on.close()
      }
    })())
    const off = await open(path, { javaScriptEnabled: false })
    expect(await reading(off.page)).toEqual(withScripts)
    await off.close()
  })
})

describe('search', () => {
  it('tells a reader without JavaScript where else to look', async () => {
    const { page, close } = await open('/search/', { javaScriptEnabled: false })
    expect((await reading(page)).h1).toBe('Search')
    expect(await page.locator('main').innerText()).toContain('Search needs JavaScript')
    expect(await page.locator('main a[href="/updates/"]').isVisible()).toBe(true)
    await close()
  })

  it('finds an update by a word in its body, typed into the search box', async () => {
    // A word that only this update contains, so its result is sure to be listed first.
    const records = searchRecords(await demoSite())
    const own = records.find((r) => r.url === update)!
    const others = records.filter((r) => r !== own).map((r) => r.content.toLowerCase())
    const word = (own.content.match(/[A-Za-z]{7,}/g) ?? []).find((w) => others.every((c) => !c.includes(w.toLowerCase())))
    expect(word, `a word only in ${update}`).toBeTruthy()

    const { page, problems, close } = await open('/search/')
    await page.locator('.pagefind-ui__search-input').fill(word!)
    await page.locator(`.pagefind-ui__result-link[href="${update}"]`).waitFor({ timeout: 10_000 })
    expect(await axeViolations(page), 'with results shown').toEqual([])
    expect(problems).toEqual([])
    await close()
  })
})

describe('in Welsh', () => {
  it('finds a Welsh ask by a Welsh word from it, in the Welsh search', async () => {
    const records = searchRecords(await demoSite())
    const own = records.find((r) => r.url === welshAsk)!
    const others = records.filter((r) => r !== own).map((r) => r.content.toLowerCase())
    const word = (own.content.match(/[a-zâêîôûŵŷ]{7,}/gi) ?? []).find((w) => others.every((c) => !c.includes(w.toLowerCase())))
    expect(word, `a word only in ${welshAsk}`).toBeTruthy()

    const { page, problems, close } = await open('/cy/search/')
    expect(await page.locator('html').getAttribute('lang')).toBe('cy')
    await page.locator('.pagefind-ui__search-input').fill(word!)
    await page.locator(`.pagefind-ui__result-link[href="${welshAsk}"]`).waitFor({ timeout: 10_000 })
    expect(await axeViolations(page), 'with results shown').toEqual([])
    expect(problems).toEqual([])
    await close()
  })

  it('keeps Welsh pages out of the English search', async () => {
    const { page, close } = await open('/search/')
    await page.locator('.pagefind-ui__search-input').fill('prydlon')
    await page.locator('.pagefind-ui__message').filter({ hasText: /result/i }).waitFor({ timeout: 10_000 })
    expect(await page.locator('.pagefind-ui__result-link[href^="/cy/"]').count()).toBe(0)
    await close()
  })

  it('switches to the same page in the other language, and back', async () => {
    const { page, close } = await open(welshAsk)
    const welshTitle = (await reading(page)).h1
    await page.locator('.language-switch').click()
    await page.waitForURL((url) => url.pathname !== welshAsk)
    expect(new URL(page.url()).pathname).toMatch(/^\/asks\/[a-z-]+\/$/)
    expect(await page.locator('html').getAttribute('lang')).toBe('en-GB')
    expect((await reading(page)).h1).not.toBe(welshTitle)
    const english = new URL(page.url()).pathname
    await page.locator('.language-switch').click()
    await page.waitForURL((url) => url.pathname !== english)
    expect(new URL(page.url()).pathname).toBe(welshAsk)
    await close()
  })
})
