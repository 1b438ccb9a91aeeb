// The built demo site in English and Welsh: every translated page has its pair,
// each page says its language, the switch leads to the same page, untranslated
// items are marked, and the Welsh feeds pass the same checks as the English ones.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { HTMLElement } from 'node-html-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import { htmlFiles, page, text, urlPath } from './support/built-pages.ts'
import { TEST_SITE_URL } from './support/build-site.ts'
import { allDemoDocuments, demoDocuments, welshDemoDocuments, type RawDoc } from './support/demo-dataset.ts'
import { demoSite } from './support/demo-site.ts'
import { jsonFeedProblems, parseRss, rssProblems } from './support/feed-checks.ts'

let dir: string
let pages: Map<string, HTMLElement>
const url = (path: string) => new URL(path.replace(/^\//, ''), TEST_SITE_URL).href
const path = (href: string) => new URL(href).pathname
const SECTIONS: Record<string, string> = { ask: 'asks', nation: 'nations', update: 'updates', story: 'stories' }
const pagePath = (doc: RawDoc) => `${doc.language === 'cy' ? '/cy' : ''}/${SECTIONS[doc._type]}/${doc.slug.current}/`

const hreflangs = (doc: HTMLElement) =>
  Object.fromEntries(doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang')!, path(l.getAttribute('href')!)]))

/** English and Welsh versions linked in the demo dataset, as page paths. */
function translatedPairs(): [string, string][] {
  const byId = new Map(allDemoDocuments().map((d) => [d._id, d]))
  return allDemoDocuments()
    .filter((d) => d._type === 'translation.metadata')
    .map((meta) => (meta.translations as { language: string; value: { _ref: string } }[]).map((t) => byId.get(t.value._ref)!))
    .filter(([en]) => SECTIONS[en!._type])
    .map(([en, cy]) => [pagePath(en!), pagePath(cy!)] as [string, string])
}

beforeAll(async () => {
  dir = await demoSite()
  pages = new Map(htmlFiles(dir).map((file) => [urlPath(file).replace(/\/404\.html$/, '/404.html'), page(dir, file)]))
})

describe('English and Welsh pages', () => {
  it('builds a Welsh page for every translated ask, nation and update, at its Welsh address', () => {
    const pairs = translatedPairs()
    expect(pairs.length).toBe(welshDemoDocuments().filter((d) => SECTIONS[d._type]).length)
    for (const [en, cy] of pairs) {
      expect(pages.has(en), en).toBe(true)
      expect(pages.has(cy), cy).toBe(true)
    }
  })

  it('pairs each translated page with its other version both ways, with x-default the English', () => {
    for (const [en, cy] of translatedPairs()) {
      expect(hreflangs(pages.get(en)!), en).toEqual({ en, cy, 'x-default': en })
      expect(hreflangs(pages.get(cy)!), cy).toEqual({ cy, en, 'x-default': en })
    }
  })

  it('pairs the pages every language has (home, lists, timeline, search) by the same address', () => {
    for (const en of ['/', '/asks/', '/updates/', '/stories/', '/timeline/', '/search/']) {
      expect(hreflangs(pages.get(en)!), en).toEqual({ en, cy: `/cy${en}`, 'x-default': en })
      expect(hreflangs(pages.get(`/cy${en}`)!), en).toEqual({ cy: `/cy${en}`, en, 'x-default': en })
    }
  })

  it('says each page’s language, and gives an untranslated English page no Welsh pair', () => {
    const untranslated = demoDocuments().find((d) => d._type === 'update' && d.slug.current === 'campaign-day-birmingham')!
    for (const [where, doc] of pages) expect(doc.querySelector('html')?.getAttribute('lang'), where).toBe(where.startsWith('/cy/') ? 'cy' : 'en-GB')
    const english = pages.get(pagePath(untranslated))!
    expect(hreflangs(english)).toEqual({ en: pagePath(untranslated), 'x-default': pagePath(untranslated) })
  })

  it('has a switch on every page to the same page in the other language, or to its home page when there is none', () => {
    for (const [where, doc] of pages) {
      const link = doc.querySelector('a.language-switch')
      expect(link, where).not.toBeNull()
      const other = where.startsWith('/cy/') ? 'en' : 'cy'
      const expected = hreflangs(doc)[other] ?? (other === 'cy' ? '/cy/' : '/')
      expect([link!.getAttribute('href'), link!.getAttribute('hreflang')], where).toEqual([expected, other])
      expect(text(link), where).toBe(other === 'cy' ? 'Cymraeg' : 'English')
    }
  })

  it('lists an untranslated update on a Welsh list in English, marked "(Saesneg)", with lang on the item', () => {
    const list = pages.get('/cy/updates/')!
    const items = list.querySelectorAll('ol.list > li > article')
    const english = items.filter((a) => a.getAttribute('lang') === 'en-GB')
    const welsh = items.filter((a) => !a.hasAttribute('lang'))
    expect(english.length).toBeGreaterThan(0)
    expect(welsh.length).toBe(welshDemoDocuments().filter((d) => d._type === 'update').length)
    for (const item of english) {
      const marker = item.querySelector('.in-language')
      expect([text(marker), marker?.getAttribute('lang')]).toEqual(['(Saesneg)', 'cy'])
      // It leads to the English page, never to a Welsh page that does not exist.
      expect(item.querySelector('a')?.getAttribute('href')).toMatch(/^\/updates\/[a-z0-9-]+\/$/)
    }
    for (const item of welsh) {
      expect(item.querySelector('.in-language')).toBeNull()
      expect(item.querySelector('a')?.getAttribute('href')).toMatch(/^\/cy\/updates\//)
    }
    // Welsh dates on Welsh items, English dates on English ones.
    expect(text(welsh[0]!.querySelector('time'))).toMatch(/^\d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4}$/)
    expect(text(english[0]!.querySelector('time'))).toMatch(/^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/)
  })

  it('keeps an English list to English items, with no marker', () => {
    const list = pages.get('/updates/')!
    expect(list.querySelectorAll('.in-language')).toHaveLength(0)
    expect(list.querySelectorAll('article[lang]')).toHaveLength(0)
  })

  it('gives Welsh pages their interface words from the Welsh dictionary', () => {
    const home = pages.get('/cy/')!
    expect(home.querySelectorAll('nav[aria-label="Prif lywio"] a').map(text)).toEqual(['Yr ymgyrch', 'Ein galwadau', 'Diweddariadau', 'Straeon', 'Llinell amser', 'Chwilio'])
    expect(text(home.querySelector('.petition'))).toMatch(/64,217 o bobl wedi llofnodi/)
    expect(text(home.querySelector('.petition'))).toContain('wedi’u cyfrif ar 2 Mawrth 2020')
    expect(text(home.querySelector('.petition__hand-in'))).toBe('Cafodd y ddeiseb ei chyflwyno ar 3 Mawrth 2020 i Jo Churchill, y Gweinidog Canser.')
    expect(text(home.querySelector('label[for="newsletter-email"]'))).toBe('Cyfeiriad e-bost')
    expect(text(home.querySelector('.skip-link'))).toBe('Neidio i’r prif gynnwys')
    const ask = pages.get(translatedPairs().find(([en]) => en.startsWith('/asks/'))![1])!
    expect(ask.querySelectorAll('.progress-table thead th').map(text)).toEqual(['Gwlad', 'Statws', 'Gweinidog a gyfarfu', 'Dyddiad', 'Nodyn'])
    expect(ask.querySelectorAll('.progress-table tbody .status').map(text)).toContain('Cynhaliwyd cyfarfod')
    expect(text(pages.get('/cy/404.html')!.querySelector('h1'))).toBe('Heb ddod o hyd i’r dudalen')
  })

  it('points the not-found pages only at pages that exist: no hreflang pair (there is no /404/ or /cy/404/), the switch to the other home page', () => {
    for (const [where, other, home] of [['/404.html', 'cy', '/cy/'], ['/cy/404.html', 'en', '/']] as const) {
      const doc = pages.get(where)!
      expect(hreflangs(doc), where).toEqual({})
      expect(doc.querySelector('a.language-switch')?.getAttribute('href'), where).toBe(home)
      expect(doc.querySelector('a.language-switch')?.getAttribute('hreflang'), where).toBe(other)
      expect(pages.has(home), home).toBe(true)
    }
  })

  it('describes the Welsh home page for search engines in Welsh, and says so', () => {
    const jsonLd = (where: string) => pages.get(where)!.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent))
    const welsh = jsonLd('/cy/')
    const site = welsh.find((d) => d['@type'] === 'WebSite')
    const event = welsh.find((d) => d['@type'] === 'Event')
    const ngo = welsh.find((d) => d['@type'] === 'NGO')
    expect([site.inLanguage, event.inLanguage]).toEqual(['cy', 'cy'])
    expect(site.name).toBe(welshDemoDocuments().find((d) => d._id === 'siteSettings-cy')!.title)
    expect(event.name).toMatch(/: cyflwyno’r ddeiseb$/)
    expect(event.description).toBe('Cafodd y ddeiseb, a lofnodwyd gan 64,217 o bobl, ei chyflwyno i Jo Churchill, y Gweinidog Canser.')
    expect([site.url, event.url, ngo.url]).toEqual([url('/cy/'), url('/cy/'), url('/cy/')])
    expect(ngo.identifier.map((i: { propertyID: string }) => i.propertyID)).toEqual(['Rhif elusen gofrestredig (Cymru a Lloegr)', 'Rhif elusen gofrestredig (Yr Alban)'])
    // Nothing in English but names: the English words the JSON-LD used to carry are gone.
    expect(JSON.stringify(welsh)).not.toMatch(/petition hand-in|handed in|Registered charity/)
    const english = jsonLd('/')
    expect(english.find((d) => d['@type'] === 'WebSite').inLanguage).toBe('en-GB')
    expect(english.find((d) => d['@type'] === 'Event').name).toMatch(/: petition hand-in$/)
  })
})

describe('Welsh feeds', () => {
  const read = (p: string) => readFileSync(join(dir, p), 'utf8')

  it('/cy/rss.xml passes the same checks as /rss.xml, in Welsh, with only Welsh updates', () => {
    expect(rssProblems(read('/cy/rss.xml'), url('/cy/rss.xml'))).toEqual([])
    const feed = parseRss(read('/cy/rss.xml'))
    expect(feed.language).toBe('cy')
    const welshUpdates = welshDemoDocuments().filter((d) => d._type === 'update')
    expect(feed.items.map((i) => path(i.link!)).sort()).toEqual(welshUpdates.map(pagePath).sort())
    expect(read('/cy/rss.xml')).toContain('<?xml-stylesheet href="/cy/feed.xsl" type="text/xsl"?>')
  })

  it('/cy/feed.json is JSON Feed 1.1 in Welsh, with the items of /cy/rss.xml', () => {
    const body = read('/cy/feed.json')
    expect(jsonFeedProblems(body, url('/cy/feed.json'))).toEqual([])
    const feed = JSON.parse(body) as { language: string; items: { id: string }[] }
    expect(feed.language).toBe('cy')
    expect(feed.items.map((i) => i.id)).toEqual(parseRss(read('/cy/rss.xml')).items.map((i) => i.link))
  })

  it('explains a Welsh feed in Welsh when it is opened in a browser', () => {
    const xsl = read('/cy/feed.xsl')
    expect(xsl).toContain('<html lang="cy">')
    expect(xsl).toContain('<h1>Ffrwd we yw hon</h1>')
    expect(read('/feed.xsl')).toContain('<h1>This is a web feed</h1>')
  })
})
