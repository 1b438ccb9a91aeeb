import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { embedFiles, htmlFiles } from './support/built-pages.ts'
import { demoSite } from './support/demo-site.ts'

/** Every page, with the stylesheets it links, stays small enough for a slow phone connection. */
const BUDGET = 60 * 1024
/** An embed loads with a partner's page, on their reader's connection: a quarter of a page. */
const EMBED_BUDGET = 15 * 1024
const SEARCH_PAGE = 'search/index.html'
const SEARCH_PAGES = new Set([SEARCH_PAGE, `cy/${SEARCH_PAGE}`])

let dir: string
let pages: { file: string; html: string }[]

beforeAll(async () => {
  dir = await demoSite()
  pages = htmlFiles(dir).map((file) => ({ file, html: readFileSync(join(dir, file), 'utf8') }))
})

const gz = (bytes: string | Buffer) => gzipSync(bytes, { level: 9 }).length

/** A page's HTML and the stylesheets it links, gzipped: [HTML, CSS] bytes. */
function weight(html: string): [number, number] {
  const stylesheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])![1]!)
  return [gz(html), stylesheets.reduce((sum, href) => sum + gz(readFileSync(join(dir, new URL(href, 'http://x/').pathname))), 0)]
}

describe('page weight and scripts on the demo site', () => {
  it('builds every page kind', () => {
    const files = pages.map((p) => p.file)
    expect(files.length).toBeGreaterThan(20)
    for (const kind of ['index.html', 'asks/index.html', 'timeline/index.html', 'stories/index.html', 'updates/index.html', SEARCH_PAGE, '404.html']) {
      expect(files).toContain(kind)
    }
  })

  it('keeps each page at most 60 KB of HTML and CSS, gzipped', () => {
    for (const { file, html } of pages) {
      const stylesheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])![1]!)
      expect(stylesheets.length, file).toBeGreaterThan(0)
      const css = stylesheets.reduce((sum, href) => sum + gz(readFileSync(join(dir, new URL(href, 'http://x/').pathname))), 0)
      expect(gz(html) + css, `${file}: ${gz(html)} bytes of HTML + ${css} of CSS`).toBeLessThanOrEqual(BUDGET)
    }
  })

  it('runs no JavaScript outside the search page: only JSON-LD data', () => {
    for (const { file, html } of pages) {
      if (SEARCH_PAGES.has(file)) continue
      for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) expect(tag, file).toMatch(/type="application\/ld\+json"/)
    }
  })

  it('loads the search page scripts from the site itself, with no inline code', () => {
    const html = pages.find((p) => p.file === SEARCH_PAGE)!.html
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !m[1]!.includes('application/ld+json'))
    expect(scripts.map((m) => /\ssrc="([^"]+)"/.exec(m[1]!)?.[1])).toEqual(['/pagefind/pagefind-ui.js', '/pagefind/search-page.js'])
    expect(scripts.map((m) => m[2]!.trim())).toEqual(['', ''])
  })

  it('has no inline event handlers anywhere', () => {
    for (const { file, html } of pages) expect(html, file).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i)
  })
})

describe('the embeds for partners\' sites', () => {
  const embeds = () => embedFiles(dir).map((file) => ({ file, html: readFileSync(join(dir, file), 'utf8') }))

  it('builds the petition counter and the asks tracker, in English and Welsh', () => {
    expect(embeds().map((e) => e.file)).toEqual(['cy/embed/asks/index.html', 'cy/embed/petition/index.html', 'embed/asks/index.html', 'embed/petition/index.html'])
  })

  it('keeps each embed at most 15 KB of HTML and CSS, gzipped', () => {
    for (const { file, html } of embeds()) {
      const [htmlBytes, cssBytes] = weight(html)
      expect(cssBytes, `${file} links a stylesheet`).toBeGreaterThan(0)
      expect(htmlBytes + cssBytes, `${file}: ${htmlBytes} bytes of HTML + ${cssBytes} of CSS`).toBeLessThanOrEqual(EMBED_BUDGET)
    }
  })

  it('runs no script at all, not even data', () => {
    for (const { file, html } of embeds()) {
      expect(html, file).not.toMatch(/<script\b/i)
      expect(html, file).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i)
    }
  })
})
