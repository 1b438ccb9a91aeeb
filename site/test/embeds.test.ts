// The embeds for partners' sites (/embed/petition/, /embed/asks/ and the Welsh ones)
// and the "Put this on your site" HTML that offers them. Their headers (framable
// by any site, and no other page) are checked in headers.test.ts; their weight in
// page-budget.test.ts.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'node-html-parser'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeOn } from './support/axe.ts'
import { launchChromium } from './support/browser.ts'
import { TEST_SITE_URL } from './support/build-site.ts'
import { page, searchRecords, text } from './support/built-pages.ts'
import { demoSite } from './support/demo-site.ts'
import { watch } from './support/page-watch.ts'
import { serveStatic, type StaticServer } from './support/static-server.ts'

const EMBEDS = ['/embed/petition/', '/embed/asks/', '/cy/embed/petition/', '/cy/embed/asks/']

let dir: string

beforeAll(async () => {
  dir = await demoSite()
})

describe('the embeds, as built', () => {
  it('shows the petition count as text, with when it was counted, and "Add your voice" opening the petition in the top window', () => {
    const doc = page(dir, '/embed/petition/')
    expect(text(doc.querySelector('.petition__count'))).toBe('64,217 people have signed')
    expect(doc.querySelector('.petition__counted time')?.getAttribute('datetime')).toBe('2020-03-02')
    expect(text(doc.querySelector('.petition__counted'))).toMatch(/counted on 2 March 2020\.$/)
    const sign = doc.querySelectorAll('a').find((a) => text(a).startsWith('Add your voice'))!
    expect(sign.getAttribute('href')).toBe('https://secondaryvoices.example.org/petition/sign')
    expect(sign.getAttribute('target')).toBe('_top')
    // The bar repeats the numbers and is hidden from screen readers.
    expect(doc.querySelector('.meter')?.getAttribute('aria-hidden')).toBe('true')
  })

  it('says the same in Welsh', () => {
    const doc = page(dir, '/cy/embed/petition/')
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('cy')
    expect(text(doc.querySelector('.petition__count'))).toBe('64,217 o bobl wedi llofnodi')
    expect(text(doc.querySelector('.petition__counted'))).toMatch(/ar 2 Mawrth 2020\.$/)
    expect(doc.querySelectorAll('a').some((a) => text(a).startsWith('Ychwanegwch eich llais') && a.getAttribute('target') === '_top')).toBe(true)
  })

  it('shows the tracker: a row per ask, a column per nation, each status linking to its ask', () => {
    for (const [path, asks] of [['/embed/asks/', '/asks/'], ['/cy/embed/asks/', '/cy/asks/']] as const) {
      const embed = page(dir, path).querySelector('table.tracker')!
      const site = page(dir, asks).querySelector('table.tracker')!
      expect(embed, path).not.toBeNull()
      // The very table the asks page shows.
      expect(embed.toString(), path).toBe(site.toString())
      expect(embed.querySelectorAll('tbody tr').length, path).toBe(5)
    }
  })

  it('opens every link in the top window, is not for search engines, and has no header or footer', () => {
    for (const path of EMBEDS) {
      const doc = page(dir, path)
      expect(doc.querySelector('base')?.getAttribute('target'), path).toBe('_top')
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content'), path).toBe('noindex')
      expect(doc.querySelector('title')?.text, path).toBeTruthy()
      expect(doc.querySelector('.site-header, .site-footer, nav, form'), path).toBeNull()
    }
  })

  it('stays out of the sitemap and the search index', () => {
    const sitemap = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8')
    expect(sitemap).toContain(`<loc>${TEST_SITE_URL}asks/</loc>`)
    expect(sitemap).not.toContain('/embed/')
    expect(searchRecords(dir).filter((r) => r.url.includes('/embed/'))).toEqual([])
  })
})

describe('"Put this on your site"', () => {
  const offers = [
    { path: '/', embed: '/embed/petition/', heading: 'Put this on your site', label: 'HTML for the petition counter' },
    { path: '/asks/', embed: '/embed/asks/', heading: 'Put this on your site', label: 'HTML for the asks tracker' },
    { path: '/cy/', embed: '/cy/embed/petition/', heading: 'Rhowch hwn ar eich gwefan', label: 'HTML ar gyfer cownter y ddeiseb' },
    { path: '/cy/asks/', embed: '/cy/embed/asks/', heading: 'Rhowch hwn ar eich gwefan', label: 'HTML ar gyfer traciwr y galwadau' },
  ]

  it.each(offers)('on $path: a labelled, read-only copy of a plain <iframe> of $embed, with its absolute address, a title and a size', ({ path, embed, heading, label }) => {
    const section = page(dir, path).querySelector('section.embed-code')!
    expect(text(section.querySelector('h2'))).toBe(heading)
    const box = section.querySelector('textarea')!
    expect(box.hasAttribute('readonly')).toBe(true)
    expect(text(section.querySelector(`label[for="${box.id}"]`))).toBe(label)
    // What a partner pastes: exactly one iframe, nothing else (no script).
    const pasted = parse(box.text)
    expect(pasted.childNodes.filter((n) => n.nodeType === 1 || n.text.trim()).map((n) => (n as { tagName?: string }).tagName)).toEqual(['IFRAME'])
    const frame = pasted.querySelector('iframe')!
    expect(frame.getAttribute('src')).toBe(new URL(embed.slice(1), TEST_SITE_URL).href)
    expect(frame.getAttribute('title')?.length).toBeGreaterThan(10)
    expect(Number(frame.getAttribute('width'))).toBeGreaterThan(0)
    expect(Number(frame.getAttribute('height'))).toBeGreaterThan(0)
    expect(section.querySelector(`a[href="${embed}"]`)).not.toBeNull()
  })
})

describe('the embeds in Chromium', () => {
  let server: StaticServer
  let partner: StaticServer
  let browser: Browser

  beforeAll(async () => {
    server = await serveStatic(dir)
    // A partner's page on another origin, with each embed pasted in as "Put this on your site" gives it.
    const partnerDir = mkdtempSync(join(tmpdir(), 'partner-'))
    writeFileSync(join(partnerDir, '404.html'), 'Not found')
    for (const path of ['/', '/asks/']) {
      const snippet = page(dir, path).querySelector('section.embed-code textarea')!.text.replaceAll(TEST_SITE_URL, `${server.origin}/`)
      writeFileSync(join(partnerDir, path === '/' ? 'petition.html' : 'asks.html'), `<!doctype html><html lang="en"><title>Partner</title><h1>Our partner page</h1>${snippet}`)
    }
    partner = await serveStatic(partnerDir)
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
    await partner?.close()
  })

  it.each(EMBEDS)('%s has no WCAG 2.2 A/AA violation axe can find, at 375 and 1280 px', async (path) => {
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 800 } })
      const { page: tab, problems } = await watch(context, server.origin)
      await tab.goto(server.origin + path, { waitUntil: 'networkidle' })
      const { violations } = await axeOn(tab).analyze()
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${width}px`).toEqual([])
      expect(problems, `${width}px`).toEqual([])
      await context.close()
    }
  }, 60_000)

  it('opens a tracker link from a partner\'s frame in the partner\'s window, not in the frame', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const tab = await context.newPage()
    await tab.goto(`${partner.origin}/asks.html`, { waitUntil: 'load' })
    const frame = tab.frameLocator('iframe')
    const link = frame.locator('table.tracker tbody th a').first()
    const href = await link.getAttribute('href')
    expect(href).toMatch(/^\/asks\/[a-z-]+\/$/)
    await Promise.all([tab.waitForURL(`${server.origin}${href}`), link.click()])
    expect(await tab.locator('h1').innerText()).not.toBe('Our partner page')
    await context.close()
  }, 60_000)

  it('fits the counter in the frame "Put this on your site" gives it, with nothing to scroll', async () => {
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } })
      const tab = await context.newPage()
      await tab.goto(`${partner.origin}/petition.html`, { waitUntil: 'load' })
      const inner = (await (await tab.$('iframe'))!.contentFrame())!
      const overflow = await inner.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight)
      expect(overflow, `${width}px`).toBeLessThanOrEqual(0)
      await context.close()
    }
  }, 60_000)
})
