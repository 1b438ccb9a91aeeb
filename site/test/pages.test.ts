import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { HTMLElement } from 'node-html-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import { htmlFiles, page, searchRecords, text, urlPath } from './support/built-pages.ts'
import { TEST_SITE_URL } from './support/build-site.ts'
import { campaignDoc, demoDocuments, hiddenStories, scheduledUpdates, settingsDoc, type RawDoc } from './support/demo-dataset.ts'
import { demoSite } from './support/demo-site.ts'

let dir: string
let docs: RawDoc[]
let allHtml: Map<string, string>

beforeAll(async () => {
  dir = await demoSite()
  docs = demoDocuments()
  allHtml = new Map(htmlFiles(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]))
})

const n = (value: number) => value.toLocaleString('en-GB')
const jsonLd = (doc: HTMLElement) => doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent))

describe('the home page, the campaign hub', () => {
  it('gives the signature count as text, with when it was counted and online plus paper', () => {
    const home = page(dir, '/')
    const petition = text(home.querySelector('.petition'))
    const { signatureCount, paperSignatures, nextMilestone } = campaignDoc(docs).petition
    expect(petition).toContain(`${n(signatureCount + paperSignatures)} people have signed`)
    expect(petition).toContain(`${n(signatureCount)} online and ${n(paperSignatures)} on paper, counted on 2 March 2020`)
    expect(petition).toContain(`Our next milestone is ${n(nextMilestone)} signatures`)
  })

  it('hides the progress bar from screen readers, since the numbers are in the text', () => {
    const bar = page(dir, '/').querySelector('.meter')
    expect(bar?.getAttribute('aria-hidden')).toBe('true')
    expect(text(bar)).toBe('')
  })

  it('says the petition has been handed in, and to whom, once the day has passed', () => {
    expect(text(page(dir, '/').querySelector('.petition'))).toContain(
      'The petition was handed in on 3 March 2020 to Jo Churchill, Cancer Minister.',
    )
  })

  it('lists the asks in order, the ways to help, the latest updates and stories', () => {
    const home = page(dir, '/')
    const asks = docs.filter((d) => d._type === 'ask').sort((a, b) => a.order - b.order)
    expect(home.querySelectorAll('#asks-heading ~ ol h3').map(text)).toEqual(asks.map((a) => a.title))
    expect(home.querySelectorAll('#help-heading ~ ul h3').map(text)).toEqual(campaignDoc(docs).actions.map((a: RawDoc) => a.label))
    expect(home.querySelectorAll('#updates-heading ~ ul h3')).toHaveLength(3)
    expect(home.querySelectorAll('#stories-heading ~ ul h3').length).toBeGreaterThan(0)
  })

  it('has a "Stay in touch" form that posts to the provider, works without scripts and says what the email is for', () => {
    const { newsletter } = settingsDoc(docs)
    const form = page(dir, '/').querySelector('#stay-in-touch form')!
    expect(form.getAttribute('method')).toBe('post')
    expect(form.getAttribute('action')).toBe(newsletter.formAction)
    const input = form.querySelector('input[type="email"]')!
    expect(input.getAttribute('name')).toBe(newsletter.emailFieldName)
    expect(input.getAttribute('autocomplete')).toBe('email')
    expect(text(form.querySelector(`label[for="${input.id}"]`))).toBe('Email address')
    const use = form.querySelector(`#${input.getAttribute('aria-describedby')}`)
    expect(text(use)).toContain(newsletter.consentText)
    expect(use?.querySelector(`a[href="${newsletter.privacyPolicyUrl}"]`)).not.toBeNull()
    expect(form.querySelector('button[type="submit"]')).not.toBeNull()
  })

  it('describes the charity (with its numbers) and the hand-in for search engines', () => {
    const data = jsonLd(page(dir, '/'))
    const ngo = data.find((d) => d['@type'] === 'NGO')
    expect(ngo.identifier.map((i: { value: string }) => i.value)).toEqual(settingsDoc(docs).charityNumbers.map((c: RawDoc) => c.number))
    const event = data.find((d) => d['@type'] === 'Event')
    expect(event.startDate).toBe('2020-03-03')
  })
})

describe('every page', () => {
  it('offers "Add your voice", linking to the petition', () => {
    const signUrl = campaignDoc(docs).petition.signUrl
    for (const [file, html] of allHtml) {
      // Welsh pages (under /cy/) say it in Welsh.
      const words = file.startsWith('cy/') ? 'Ychwanegwch eich llais' : 'Add your voice'
      expect(html, file).toMatch(new RegExp(`<a [^>]*href="${signUrl}"[^>]*>\\s*${words}`))
    }
  })

  it('has one h1, headings in order, a language, alt text on every image', () => {
    for (const [file] of allHtml) {
      const doc = page(dir, file)
      expect(doc.querySelector('html')?.getAttribute('lang'), file).toBe(file.startsWith('cy/') ? 'cy' : 'en-GB')
      expect(doc.querySelectorAll('h1'), file).toHaveLength(1)
      const levels = doc.querySelectorAll('h1, h2, h3, h4, h5, h6').map((h) => Number(h.tagName[1]))
      levels.forEach((level, i) => i > 0 && expect(level, `${file}: heading ${i}`).toBeLessThanOrEqual(levels[i - 1]! + 1))
      for (const img of doc.querySelectorAll('img')) expect(img.hasAttribute('alt'), `${file}: ${img.getAttribute('src')}`).toBe(true)
    }
  })

  it('has a title, description, canonical URL and social card with absolute URLs', () => {
    for (const [file] of allHtml) {
      const doc = page(dir, file)
      const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content')
      expect(text(doc.querySelector('title')), file).not.toBe('')
      expect(meta('meta[name="description"]'), file).toBeTruthy()
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), file).toMatch(new RegExp(`^${TEST_SITE_URL}`))
      expect(meta('meta[property="og:title"]'), file).toBeTruthy()
      expect(meta('meta[property="og:image"]'), file).toMatch(new RegExp(`^${TEST_SITE_URL}og/[0-9a-f]{20}\\.png$`))
      expect(meta('meta[name="twitter:card"]'), file).toBe('summary_large_image')
    }
  })
})

describe('ask pages', () => {
  const asks = () => docs.filter((d) => d._type === 'ask')

  it('show where the ask stands in all four nations, as a table with a caption and header cells', () => {
    for (const ask of asks()) {
      const table = page(dir, `/asks/${ask.slug.current}/`).querySelector('table')!
      expect(text(table.querySelector('caption'))).toContain(ask.title)
      expect(table.querySelectorAll('thead th[scope="col"]').map(text)).toEqual(['Nation', 'Status', 'Minister met', 'Date', 'Note'])
      expect(table.querySelectorAll('tbody th[scope="row"]').map(text)).toEqual(['England', 'Scotland', 'Wales', 'Northern Ireland'])
    }
  })

  it('link to their own feed in the page and in the head', () => {
    for (const ask of asks()) {
      const doc = page(dir, `/asks/${ask.slug.current}/`)
      const feed = `/asks/${ask.slug.current}/rss.xml`
      expect(doc.querySelector(`main a[href="${feed}"]`)).not.toBeNull()
      expect(doc.querySelector(`link[rel="alternate"][href="${TEST_SITE_URL}${feed.slice(1)}"]`)).not.toBeNull()
    }
  })

  it('list the evidence, with sources, and the updates about the ask', () => {
    const ask = asks().find((a) => a.evidence?.length)!
    const doc = page(dir, `/asks/${ask.slug.current}/`)
    expect(doc.querySelectorAll('.sources li').map(text)[0]).toContain(ask.evidence[0].title)
    const about = docs.filter((d) => d._type === 'update' && !d._id.includes('.') && d.relatedAsks?.some((r: RawDoc) => r._ref === ask._id))
    const linked = doc.querySelectorAll('#updates-heading ~ ul a').map((a) => a.getAttribute('href'))
    expect(linked.length).toBeGreaterThan(0)
    for (const href of linked) expect(about.map((u) => `/updates/${u.slug.current}/`)).toContain(href)
  })
})

describe('nation pages', () => {
  it('name the government and health minister, and the status of every ask there', () => {
    const scotland = docs.find((d) => d._id === 'nation-scotland')!
    const doc = page(dir, '/nations/scotland/')
    expect(text(doc.querySelector('.facts'))).toContain(scotland.government)
    expect(text(doc.querySelector('.facts'))).toContain(scotland.healthMinister.name)
    expect(doc.querySelectorAll('tbody th[scope="row"]')).toHaveLength(docs.filter((d) => d._type === 'ask').length)
    expect(text(doc.querySelector('#milestones-heading')?.parentNode)).toContain('Meeting with the Cabinet Secretary for Health and Sport')
  })
})

describe('the timeline', () => {
  it('groups milestones by year, newest first, each linking to the update that reports it', () => {
    const doc = page(dir, '/timeline/')
    expect(doc.querySelectorAll('main h2').map(text)).toEqual(['2020', '2019'])
    const dates = doc.querySelectorAll('.milestone time').map((t) => t.getAttribute('datetime')!)
    expect(dates).toEqual([...dates].sort().reverse())
    const handIn = doc.querySelectorAll('.milestone').find((m) => text(m.querySelector('h3')) === 'Petition handed in to the Cancer Minister')!
    expect(handIn.querySelector('a[href="/updates/petition-handed-in/"]')).not.toBeNull()
    expect(doc.querySelector('a[href="/timeline.ics"]')).not.toBeNull()
  })
})

describe('stories', () => {
  it('show the content note before the story', () => {
    const withNote = docs.find((d) => d._type === 'story' && d.contentNote && !hiddenStories(docs).includes(d))!
    const html = allHtml.get(`stories/${withNote.slug.current}/index.html`)!
    const note = html.indexOf(`Content note:</strong> ${withNote.contentNote}`)
    expect(note).toBeGreaterThan(0)
    expect(note).toBeLessThan(html.indexOf('<figure') === -1 ? html.indexOf('</article>') : html.indexOf('<figure'))
  })

  it('name each person only as they consented', () => {
    const firstName = docs.find((d) => d._type === 'story' && d.naming === 'first-name' && /\s/.test(d.fullName) && !hiddenStories(docs).includes(d))!
    const html = allHtml.get(`stories/${firstName.slug.current}/index.html`)!
    expect(html).toContain(firstName.fullName.split(' ')[0])
    expect(html).not.toContain(firstName.fullName)
  })

  it('link to the stories feed from /stories/', () => {
    expect(page(dir, '/stories/').querySelector('main a[href="/stories/rss.xml"]')).not.toBeNull()
  })
})

describe('what never reaches the public site', () => {
  it('leaves out stories whose consent was withdrawn or has expired: no page, link, sitemap entry or search result', () => {
    const hidden = hiddenStories(docs)
    expect(hidden.map((s) => s.consent.withdrawn || s.consent.expiresOn).every(Boolean)).toBe(true)
    expect(hidden.length).toBeGreaterThanOrEqual(2)
    const sitemap = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8')
    const search = searchRecords(dir)
    for (const story of hidden) {
      const path = `/stories/${story.slug.current}/`
      expect(existsSync(join(dir, path)), path).toBe(false)
      for (const [file, html] of allHtml) {
        expect(html, file).not.toContain(path)
        expect(html, file).not.toContain(story.title)
        expect(html, file).not.toContain(story.fullName)
      }
      expect(sitemap).not.toContain(path)
      expect(search.filter((r) => r.url === path || r.content.includes(story.title))).toEqual([])
    }
  })

  it('leaves out the update scheduled after the build clock', () => {
    const scheduled = scheduledUpdates(docs)
    expect(scheduled.length).toBeGreaterThan(0)
    const sitemap = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8')
    for (const update of scheduled) {
      const path = `/updates/${update.slug.current}/`
      expect(existsSync(join(dir, path))).toBe(false)
      for (const [file, html] of allHtml) expect(html, file).not.toContain(update.title)
      expect(sitemap).not.toContain(path)
      expect(searchRecords(dir).some((r) => r.url === path)).toBe(false)
    }
  })
})

describe('search', () => {
  it('indexes updates, asks and stories, and nothing else', () => {
    const urls = searchRecords(dir).map((r) => r.url).sort()
    const expected = [...allHtml.keys()]
      .map(urlPath)
      .filter((p) => /^(\/cy)?\/(updates|asks|stories)\/[^/]+\/$/.test(p) && !/^(\/cy)?\/updates\/page\//.test(p))
      .sort()
    expect(expected.length).toBeGreaterThan(10)
    expect(urls).toEqual(expected)
  })

  it('has a search page that uses Pagefind and says what to do without JavaScript', () => {
    const doc = page(dir, '/search/')
    expect(doc.querySelector('script[src="/pagefind/pagefind-ui.js"]')).not.toBeNull()
    expect(doc.querySelector('link[href="/pagefind/pagefind-ui.css"]')).not.toBeNull()
    expect(text(doc.querySelector('noscript'))).toMatch(/Search needs JavaScript/)
    expect(existsSync(join(dir, 'pagefind', 'pagefind-ui.js'))).toBe(true)
  })
})

describe('search engines and lost readers', () => {
  it('lists the public pages in the sitemap, but not search or the 404 page', () => {
    const sitemap = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8')
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
    for (const path of ['', 'asks/', 'asks/prompt-diagnosis/', 'nations/wales/', 'timeline/', 'stories/', 'updates/petition-handed-in/']) {
      expect(locs).toContain(`${TEST_SITE_URL}${path}`)
    }
    expect(locs.filter((l) => /search|404/.test(l!))).toEqual([])
  })

  it('has a robots.txt pointing at the sitemap', () => {
    const robots = readFileSync(join(dir, 'robots.txt'), 'utf8')
    expect(robots).toContain(`Sitemap: ${TEST_SITE_URL}sitemap-index.xml`)
    expect(robots).toMatch(/^User-agent: \*/m)
  })

  it('has a helpful 404 page linking to the main sections and search', () => {
    const doc = page(dir, '/404.html')
    expect(text(doc.querySelector('h1'))).toBe('Page not found')
    const links = doc.querySelectorAll('main a').map((a) => a.getAttribute('href'))
    expect(links).toEqual(expect.arrayContaining(['/', '/asks/', '/updates/', '/stories/', '/timeline/', '/search/']))
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex')
  })
})
