import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ICAL from 'ical.js'
import Parser from 'rss-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import { writeDataset } from './fixtures/dataset.ts'
import { HOSTILE } from './fixtures/hostile.ts'
import { buildSite, TEST_SITE_URL, type BuildResult } from './support/build-site.ts'
import { findFeeds, htmlElements, htmlText, icalendarProblems, jsonFeedProblems, parseRss, rssProblems } from './support/feed-checks.ts'
import { HIDDEN_STORIES, LONG_TITLE, hostileFeedDocuments } from './support/feed-fixtures.ts'

let build: BuildResult
let feeds: ReturnType<typeof findFeeds>
const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8')
const url = (path: string) => new URL(path.replace(/^\//, ''), TEST_SITE_URL).href
/** What survives of a string once the characters XML forbids are dropped. */
const clean = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')

beforeAll(async () => {
  build = await buildSite({ DATASET_FILE: writeDataset(hostileFeedDocuments()), WEBSUB_HUB: '' })
  if (build.code !== 0) throw new Error(`The hostile site did not build:\n${build.stdout}\n${build.stderr}`)
  feeds = findFeeds(build.outDir)
}, 120_000)

describe('feeds built from hostile content', () => {
  it('are all still valid: RSS by the W3C validator’s rules, JSON Feed 1.1, RFC 5545', () => {
    expect(feeds.rss).toEqual(['/asks/prompt-diagnosis/rss.xml', '/rss.xml', '/stories/rss.xml'])
    for (const path of feeds.rss) expect(rssProblems(read(path), url(path), { hub: null }), path).toEqual([])
    expect(jsonFeedProblems(read('/feed.json'), url('/feed.json'), { hub: null })).toEqual([])
    expect(icalendarProblems(readFileSync(join(build.outDir, 'timeline.ics')), '/timeline.ics')).toEqual([])
  })

  it('keep a 100-character title with right-to-left text, emoji, "]]>" and a script tag intact, as text', async () => {
    const title = clean(LONG_TITLE)
    const theirs = await new Parser().parseString(read('/rss.xml'))
    expect(theirs.items.map((i) => i.title)).toContain(title)
    const json = JSON.parse(read('/feed.json'))
    expect(json.items.map((i: { title: string }) => i.title)).toContain(title)
    const ask = await new Parser().parseString(read('/asks/prompt-diagnosis/rss.xml'))
    expect(ask.items.map((i) => i.title)).toEqual([title, expect.stringContaining('We l')])
  })

  it('show markup in content and descriptions as text, never as elements', () => {
    const rss = parseRss(read('/rss.xml'))
    const long = rss.items.find((i) => i.guid === url('/updates/long-title/'))!
    // A reader parses the description as HTML: it finds only text, the summary as typed.
    expect(htmlElements(long.description!)).toEqual([])
    expect(htmlText(long.description!)).toBe(clean(`Fish & chips; ${HOSTILE}`))
    expect(htmlText(long.content!)).toContain(clean(`Body ${HOSTILE}`))
    expect(htmlElements(long.content!)).not.toContain('script')
    expect(htmlElements(long.content!)).not.toContain('b')
    const json = JSON.parse(read('/feed.json'))
    const item = json.items.find((i: { id: string }) => i.id === url('/updates/long-title/'))
    expect(item.summary).toBe(clean(`Fish & chips; ${HOSTILE}`))
    expect(htmlText(item.content_html)).toContain(clean(`Body ${HOSTILE}`))
  })

  it('read back through independent parsers: rss-parser for every RSS feed, ical.js for the calendar', async () => {
    const parser = new Parser()
    for (const path of feeds.rss) {
      const feed = await parser.parseString(read(path))
      expect(feed.items.length, path).toBe(parseRss(read(path)).items.length)
    }
    const calendar = new ICAL.Component(ICAL.parse(read('/timeline.ics')))
    const upcoming = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)).find((e) => e.uid === 'milestone-upcoming@campaign.test')!
    expect(upcoming.summary).toBe(clean(LONG_TITLE))
    expect(upcoming.description).toContain(clean(`We will meet; bring questions, comments and a backslash \\ too.\nSecond line ${HOSTILE}`))
    expect(upcoming.startDate.toString()).toBe('2021-06-30')
  })
})

describe('the stories feed', () => {
  it('never carries a story whose consent is withdrawn, expired or for the site only', () => {
    const stories = parseRss(read('/stories/rss.xml'))
    expect(stories.items.map((i) => i.guid).sort()).toEqual([url('/stories/feeds-only/'), url('/stories/noted/'), url('/stories/sam/')])
    // Nor does any other feed, in any form.
    for (const path of [...feeds.rss, ...feeds.json, ...feeds.ics]) {
      for (const words of Object.values(HIDDEN_STORIES)) expect(read(path), path).not.toContain(words)
      for (const slug of ['withdrawn', 'expired', 'site-only']) expect(read(path), path).not.toContain(`/stories/${slug}/`)
    }
  })

  it('gives a story consented for feeds but not the site no link, and a stable guid that is not a permalink', () => {
    const item = parseRss(read('/stories/rss.xml')).items.find((i) => i.guid === url('/stories/feeds-only/'))!
    expect(item.link).toBeUndefined()
    expect(item.guidIsPermaLink).toBe(false)
    expect(htmlText(item.content!)).toContain('Feeds-only story words')
  })

  it('puts the content note before the story, in the content and the description', () => {
    const item = parseRss(read('/stories/rss.xml')).items.find((i) => i.guid === url('/stories/noted/'))!
    const note = clean(`This story mentions bereavement. ${HOSTILE}`)
    expect(item.content!.startsWith('<p><strong>Content note:</strong> ')).toBe(true)
    expect(htmlText(item.content!).startsWith(`Content note: ${note}`)).toBe(true)
    expect(htmlText(item.description!).startsWith(`Content note: ${note}`)).toBe(true)
    expect(htmlText(item.content!).indexOf('Noted story words')).toBeGreaterThan(note.length)
  })
})
