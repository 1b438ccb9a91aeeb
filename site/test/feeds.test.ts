import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ICAL from 'ical.js'
import Parser from 'rss-parser'
import { XMLValidator } from 'fast-xml-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { axeOn } from './support/axe.ts'
import { launchChromium } from './support/browser.ts'
import { TEST_NOW, TEST_SITE_URL } from './support/build-site.ts'
import { demoDocuments, welshDemoDocuments, type RawDoc } from './support/demo-dataset.ts'
import { demoSite } from './support/demo-site.ts'
import { contentUrls, findFeeds, icalendarProblems, jsonFeedProblems, parseRss, rssProblems } from './support/feed-checks.ts'

let dir: string
let feeds: ReturnType<typeof findFeeds>
const read = (path: string) => readFileSync(join(dir, path), 'utf8')
const url = (path: string) => new URL(path.replace(/^\//, ''), TEST_SITE_URL).href

// What the demo dataset says should be published, worked out from the raw documents.
const docs = demoDocuments()
const published = (d: RawDoc) => !d._id.startsWith('drafts.') && !d._id.startsWith('versions.')
const liveUpdates = docs
  .filter((d) => d._type === 'update' && published(d) && Date.parse(d.publishedAt) <= Date.parse(TEST_NOW))
  .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
const asks = docs.filter((d) => d._type === 'ask' && published(d))
const today = TEST_NOW.slice(0, 10)
const feedStories = docs.filter(
  (d) => d._type === 'story' && published(d) && !d.consent.withdrawn && !(d.consent.expiresOn && d.consent.expiresOn <= today) && d.consent.channels.includes('feeds'),
)
const milestones = docs.filter((d) => d._type === 'milestone' && published(d))
const updatePath = (d: RawDoc) => url(`/updates/${d.slug.current}/`)

beforeAll(async () => {
  dir = await demoSite()
  feeds = findFeeds(dir)
})

describe('the demo site’s feeds', () => {
  it('has the site feed in RSS and JSON, one feed per ask, the stories feed and the timeline calendar', () => {
    const welshAsks = welshDemoDocuments().filter((d) => d._type === 'ask')
    expect(feeds.rss).toEqual(
      [
        ...asks.map((a) => `/asks/${a.slug.current}/rss.xml`),
        '/rss.xml',
        '/stories/rss.xml',
        // Welsh: the site's updates and every translated ask.
        ...welshAsks.map((a) => `/cy/asks/${a.slug.current}/rss.xml`),
        '/cy/rss.xml',
      ].sort(),
    )
    expect(feeds.json).toEqual(['/cy/feed.json', '/feed.json'])
    expect(feeds.ics).toEqual(['/cy/timeline.ics', '/timeline.ics'])
  })

  it('every RSS feed passes the W3C validator’s RSS 2.0 rules, with a matching self link', () => {
    for (const path of feeds.rss) expect(rssProblems(read(path), url(path)), path).toEqual([])
  })

  it('every RSS feed explains itself in a browser through /feed.xsl, with /feed.css for browsers without XSLT', () => {
    for (const path of feeds.rss) {
      // A Welsh feed explains itself in Welsh.
      const xsl = path.startsWith('/cy/') ? '\\/cy\\/feed.xsl' : '\\/feed.xsl'
      expect(read(path), path).toMatch(new RegExp(`^<\\?xml version="1.0" encoding="UTF-8"\\?><\\?xml-stylesheet href="${xsl}" type="text\\/xsl"\\?><\\?xml-stylesheet href="\\/feed.css" type="text\\/css"\\?><rss `))
    }
  })

  it('every RSS feed reads the same through an independent parser (rss-parser)', async () => {
    const parser = new Parser()
    for (const path of feeds.rss) {
      const ours = parseRss(read(path))
      const theirs = await parser.parseString(read(path))
      expect(theirs.title, path).toBe(ours.title)
      expect(theirs.items.map((i) => i.guid), path).toEqual(ours.items.map((i) => i.guid))
      expect(theirs.items.map((i) => i.title), path).toEqual(ours.items.map((i) => i.title))
      for (const item of theirs.items) if (item.pubDate) expect(Number.isNaN(Date.parse(item.isoDate ?? '')), path).toBe(false)
    }
  })

  it('/rss.xml lists the published updates, newest first, the full body with absolute links and images', () => {
    const feed = parseRss(read('/rss.xml'))
    expect(feed.items.map((i) => i.guid)).toEqual(liveUpdates.slice(0, 50).map(updatePath))
    expect(feed.items.map((i) => i.link)).toEqual(feed.items.map((i) => i.guid))
    const withImages = feed.items.flatMap((i) => contentUrls(i.content ?? '')).filter((u) => /\.(webp|png|jpe?g)\b/.test(u))
    expect(withImages.length).toBeGreaterThan(0)
    for (const src of withImages) expect(src.startsWith(TEST_SITE_URL)).toBe(true)
  })

  it('dates an edited update with atom:updated, and only that one', () => {
    const feed = parseRss(read('/rss.xml'))
    const edited = liveUpdates.filter((d) => d.updatedAt)
    expect(edited.length).toBeGreaterThan(0)
    for (const item of feed.items) {
      const doc = liveUpdates.find((d) => updatePath(d) === item.guid)!
      expect(item.updated, item.guid).toBe(doc.updatedAt ? new Date(doc.updatedAt).toISOString() : undefined)
    }
  })

  it('/feed.json follows JSON Feed 1.1 and carries exactly the items of /rss.xml', () => {
    const body = read('/feed.json')
    expect(jsonFeedProblems(body, url('/feed.json'))).toEqual([])
    const json = JSON.parse(body)
    const rss = parseRss(read('/rss.xml'))
    expect(json.items.map((i: { id: string }) => i.id)).toEqual(rss.items.map((i) => i.guid))
    json.items.forEach((item: Record<string, any>, n: number) => {
      const rssItem = rss.items[n]!
      const doc = liveUpdates[n]!
      expect(item.url).toBe(item.id)
      expect(item.title).toBe(rssItem.title)
      expect(item.content_html).toBe(rssItem.content)
      expect(Date.parse(item.date_published)).toBe(Date.parse(rssItem.pubDate!))
      expect(item.date_modified).toBe(doc.updatedAt ? new Date(doc.updatedAt).toISOString() : undefined)
      expect(item.tags ?? []).toEqual(rssItem.categories)
      expect(item.summary).toBe(doc.summary?.trim() || undefined)
      expect(Boolean(item.image), item.id).toBe(Boolean(doc.heroImage))
      expect(item.authors).toEqual(json.authors)
    })
    expect(json.language).toBe('en-GB')
    expect(json.home_page_url).toBe(url('/updates/'))
    expect(json.authors[0].name).toBe(docs.find((d) => d._id === 'siteSettings')!.organisationName)
  })

  it('each ask’s feed carries exactly the updates related to that ask', () => {
    for (const ask of asks) {
      const path = `/asks/${ask.slug.current}/rss.xml`
      const feed = parseRss(read(path))
      const related = liveUpdates.filter((u) => (u.relatedAsks ?? []).some((r: { _ref: string }) => r._ref === ask._id))
      expect(feed.items.map((i) => i.guid), path).toEqual(related.map(updatePath))
      expect(feed.link, path).toBe(url(`/asks/${ask.slug.current}/`))
      expect(feed.title, path).toContain(ask.title)
    }
  })

  it('/stories/rss.xml carries only stories whose consent covers feeds, content note first', () => {
    const feed = parseRss(read('/stories/rss.xml'))
    const expected = feedStories.map((s) => url(`/stories/${s.slug.current}/`)).sort()
    expect(feed.items.map((i) => i.guid).sort()).toEqual(expected)
    // The demo has stories withdrawn, expired and site-only: none of them appear.
    const hidden = docs.filter((d) => d._type === 'story' && !feedStories.includes(d))
    expect(hidden.length).toBeGreaterThan(2)
    for (const story of hidden) expect(read('/stories/rss.xml')).not.toContain(`/stories/${story.slug.current}/`)
    // Dated by when the story was added, so readers can order them.
    for (const story of feedStories) {
      const item = feed.items.find((i) => i.guid === url(`/stories/${story.slug.current}/`))!
      expect(new Date(item.pubDate!).toISOString()).toBe(new Date(story._createdAt).toISOString())
    }
    const noted = feedStories.filter((s) => s.contentNote)
    expect(noted.length).toBeGreaterThan(0)
    for (const story of noted) {
      const item = feed.items.find((i) => i.guid === url(`/stories/${story.slug.current}/`))!
      expect(item.content).toMatch(new RegExp(`^<p><strong>Content note:</strong> ${story.contentNote}</p>`))
      expect(item.description).toMatch(new RegExp(`^Content note: ${story.contentNote}`))
    }
  })

  it('/timeline.ics follows RFC 5545 and holds every milestone, past and upcoming', () => {
    const bytes = readFileSync(join(dir, 'timeline.ics'))
    expect(icalendarProblems(bytes, '/timeline.ics')).toEqual([])
    const calendar = new ICAL.Component(ICAL.parse(bytes.toString('utf8')))
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toContain(docs.find((d) => d._id === 'siteSettings')!.title)
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    expect(events.map((e) => e.uid).sort()).toEqual(milestones.map((m) => `${m._id}@campaign.test`).sort())
    for (const milestone of milestones) {
      const event = events.find((e) => e.uid === `${milestone._id}@campaign.test`)!
      expect(event.summary).toBe(milestone.title)
      expect(event.startDate.toString()).toBe(milestone.date)
      if (milestone.outcome) expect(event.description.startsWith(milestone.outcome.trim())).toBe(true)
      const report = liveUpdates.find((u) => u._id === milestone.report?._ref)
      expect(event.component.getFirstPropertyValue('url') ?? null).toBe(report ? updatePath(report) : null)
    }
  })
})

describe('/cy/timeline.ics', () => {
  it('holds the Welsh timeline\'s milestones, says what it is in Welsh, links reports to their Welsh pages, and is linked from /cy/timeline/', () => {
    const bytes = readFileSync(join(dir, 'cy/timeline.ics'))
    expect(icalendarProblems(bytes, '/cy/timeline.ics')).toEqual([])
    const calendar = new ICAL.Component(ICAL.parse(bytes.toString('utf8')))
    const welshSettings = welshDemoDocuments().find((d) => d._id === 'siteSettings-cy')!
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(`${welshSettings.title}: llinell amser yr ymgyrch`)
    expect(String(calendar.getFirstPropertyValue('prodid'))).toMatch(/\/\/CY$/)
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    // The demo's milestones are not translated: the Welsh timeline shows the English ones, and so does its calendar.
    expect(events.map((e) => e.uid).sort()).toEqual(milestones.map((m) => `${m._id}@campaign.test`).sort())
    const welshReports = welshDemoDocuments().filter((d) => d._type === 'update').map((d) => url(`/cy/updates/${d.slug.current}/`))
    const linked = events.map((e) => e.component.getFirstPropertyValue('url') as string | null).filter(Boolean)
    expect(linked.filter((href) => welshReports.includes(href!)).length).toBeGreaterThan(0)
    for (const event of events.filter((e) => welshReports.includes(e.component.getFirstPropertyValue('url') as string))) {
      expect(event.description).toContain(`Darllenwch y diweddariad: ${event.component.getFirstPropertyValue('url')}`)
    }
    expect(read('/cy/timeline/index.html')).toMatch(/<a href="\/cy\/timeline\.ics"[^>]*>Ychwanegwch linell amser yr ymgyrch at eich calendr/)
  })
})

describe('/feed.xsl and /feed.css', () => {
  it('are a well-formed XSLT stylesheet and a style sheet with no script of any kind', () => {
    const xsl = read('/feed.xsl')
    expect(XMLValidator.validate(xsl)).toBe(true)
    expect(xsl).toMatch(/<xsl:stylesheet version="1.0"/)
    // Comments may talk about JavaScript; the rest must contain none.
    for (const text of [xsl.replace(/<!--[\s\S]*?-->/g, ''), read('/feed.css').replace(/\/\*[\s\S]*?\*\//g, '')]) {
      expect(text).not.toMatch(/<script|javascript:|\son[a-z]+\s*=|disable-output-escaping\s*=|expression\(/i)
    }
  })

  /** Opens /rss.xml as a browser would, the site's files answering for its public URL; nothing leaves the machine. */
  async function openFeed(browser: Browser, options: { xslt: boolean; javaScriptEnabled: boolean }): Promise<Page> {
    const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled })
    const page = await context.newPage()
    await page.route(`${TEST_SITE_URL}**`, (route) => {
      const path = new URL(route.request().url()).pathname
      let body = readFileSync(join(dir, path), 'utf8')
      // A browser without XSLT skips the XSL instruction: serve the feed without it.
      if (!options.xslt) body = body.replace('<?xml-stylesheet href="/feed.xsl" type="text/xsl"?>', '')
      const type = path.endsWith('.xsl') ? 'text/xsl' : path.endsWith('.css') ? 'text/css' : 'application/xml'
      return route.fulfill({ body, contentType: type })
    })
    await page.goto(url('/rss.xml'))
    return page
  }

  it('turn a feed opened in a browser into a page that explains feeds and lists the items, with no JavaScript', async () => {
    const feed = parseRss(read('/rss.xml'))
    const browser = await launchChromium()
    try {
      const page = await openFeed(browser, { xslt: true, javaScriptEnabled: false })
      const text = await page.locator('body').innerText()
      expect(await page.locator('h1').innerText()).toBe('This is a web feed')
      expect(text).toContain('copy this web address into your feed reader')
      expect(text).toContain(url('/rss.xml'))
      for (const item of feed.items) expect(text).toContain(item.title!)
      expect(await page.locator('main li a').first().getAttribute('href')).toBe(feed.items[0]!.link)
    } finally {
      await browser.close()
    }
  }, 60_000)

  it('make a page that meets WCAG 2.2 AA', async () => {
    const browser = await launchChromium()
    try {
      const page = await openFeed(browser, { xslt: true, javaScriptEnabled: true })
      // Leaving out the warning banner Chromium itself adds to pages built by XSLT.
      const axe = await axeOn(page).exclude('xslt-warning-banner').analyze()
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    } finally {
      await browser.close()
    }
  }, 60_000)

  it('still explain the feed, through /feed.css, in a browser without XSLT', async () => {
    const browser = await launchChromium()
    try {
      const page = await openFeed(browser, { xslt: false, javaScriptEnabled: false })
      const explanation = await page.evaluate(() => getComputedStyle(document.getElementsByTagName('channel')[0]!, '::before').content)
      expect(explanation).toContain('This is a web feed')
      expect(explanation).toContain('copy this web address into your feed reader')
      const selfShown = await page.evaluate(() => {
        const self = [...document.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')].find((l) => l.getAttribute('rel') === 'self')!
        return getComputedStyle(self, '::after').content
      })
      expect(selfShown).toBe(`"${url('/rss.xml')}"`)
      expect(await page.evaluate(() => getComputedStyle(document.getElementsByTagName('guid')[0]!).display)).toBe('none')
      expect(await page.evaluate(() => getComputedStyle(document.getElementsByTagName('title')[1]!).display)).toBe('block')
    } finally {
      await browser.close()
    }
  }, 60_000)
})
