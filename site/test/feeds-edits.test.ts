import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeDataset } from './fixtures/dataset.ts'
import { buildSite, TEST_SITE_URL, type BuildResult } from './support/build-site.ts'
import { findFeeds, jsonFeedProblems, parseRss, rssProblems } from './support/feed-checks.ts'
import { editableDocuments, editedDocuments } from './support/feed-fixtures.ts'
import { notifyHub, startStubHub, type StubHub } from './support/feed-hub.ts'

// The same campaign built twice: first with a WebSub hub, then after an editor changed
// titles and bodies (and without the hub).
let hub: StubHub
let before: BuildResult
let after: BuildResult
const read = (build: BuildResult, path: string) => readFileSync(join(build.outDir, path), 'utf8')
const url = (path: string) => new URL(path.replace(/^\//, ''), TEST_SITE_URL).href
const RSS_FEEDS = ['/asks/prompt-diagnosis/rss.xml', '/rss.xml', '/stories/rss.xml']

beforeAll(async () => {
  hub = await startStubHub()
  before = await buildSite({ DATASET_FILE: writeDataset(editableDocuments()), WEBSUB_HUB: hub.url })
  if (before.code !== 0) throw new Error(`The first build failed:\n${before.stderr}`)
  after = await buildSite({ DATASET_FILE: writeDataset(editedDocuments()), WEBSUB_HUB: '' })
  if (after.code !== 0) throw new Error(`The edited build failed:\n${after.stderr}`)
}, 180_000)

afterAll(() => hub?.close())

describe('an edited item', () => {
  it('keeps its guid, id and calendar UID, so readers do not show it twice', () => {
    expect(findFeeds(before.outDir).rss).toEqual(RSS_FEEDS)
    for (const path of RSS_FEEDS) {
      const [was, now] = [parseRss(read(before, path)), parseRss(read(after, path))]
      expect(now.items.map((i) => i.guid), path).toEqual(was.items.map((i) => i.guid))
      // The edit did reach the feed: same identity, new words.
      expect(now.items.map((i) => i.title), path).not.toEqual(was.items.map((i) => i.title))
    }
    const ids = (build: BuildResult) => JSON.parse(read(build, '/feed.json')).items.map((i: { id: string }) => i.id)
    expect(ids(after)).toEqual(ids(before))
    expect(ids(after)).toEqual([url('/updates/we-met-the-minister/'), url('/updates/we-launched/')])
    const events = (build: BuildResult) =>
      new ICAL.Component(ICAL.parse(read(build, '/timeline.ics'))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    expect(events(after).map((e) => e.uid)).toEqual(events(before).map((e) => e.uid))
    expect(events(after).map((e) => e.summary)).not.toEqual(events(before).map((e) => e.summary))
  })

  it('carries the date of the edit: atom:updated in RSS, date_modified in JSON Feed', () => {
    for (const item of parseRss(read(before, '/rss.xml')).items) expect(item.updated).toBeUndefined()
    for (const item of parseRss(read(after, '/rss.xml')).items) expect(item.updated).toBe('2020-06-01T10:00:00.000Z')
    const modified = (build: BuildResult) => JSON.parse(read(build, '/feed.json')).items.map((i: { date_modified?: string }) => i.date_modified)
    expect(modified(before)).toEqual([undefined, undefined])
    expect(modified(after)).toEqual(['2020-06-01T10:00:00.000Z', '2020-06-01T10:00:00.000Z'])
  })
})

describe('WebSub', () => {
  it('advertises the hub in every feed when WEBSUB_HUB is set, and in none when it is not', () => {
    for (const path of RSS_FEEDS) {
      expect(rssProblems(read(before, path), url(path), { hub: hub.url }), path).toEqual([])
      expect(rssProblems(read(after, path), url(path), { hub: null }), path).toEqual([])
    }
    expect(jsonFeedProblems(read(before, '/feed.json'), url('/feed.json'), { hub: hub.url })).toEqual([])
    expect(jsonFeedProblems(read(after, '/feed.json'), url('/feed.json'), { hub: null })).toEqual([])
  })

  it('notify-hub pings the hub once for each feed the site publishes', async () => {
    hub.requests.length = 0
    const result = await notifyHub({ WEBSUB_HUB: hub.url, SITE_OUT_DIR: before.outDir })
    expect(result.code, result.output).toBe(0)
    expect(hub.requests.every((r) => r.method === 'POST' && r.contentType.startsWith('application/x-www-form-urlencoded'))).toBe(true)
    expect(hub.requests.map((r) => r.form).sort((a, b) => a['hub.url']!.localeCompare(b['hub.url']!))).toEqual(
      ['/asks/prompt-diagnosis/rss.xml', '/feed.json', '/rss.xml', '/stories/rss.xml'].map((path) => ({ 'hub.mode': 'publish', 'hub.url': url(path) })),
    )
    expect(result.output).toContain(`Notifying ${hub.url} of 4 feeds`)
  })

  it('notify-hub says so and succeeds when no hub is set', async () => {
    hub.requests.length = 0
    const result = await notifyHub({ SITE_OUT_DIR: before.outDir })
    expect(result.code).toBe(0)
    expect(result.output).toMatch(/WEBSUB_HUB is not set/)
    expect(hub.requests).toEqual([])
  })

  it('notify-hub refuses to ping for feeds built without that hub, naming them', async () => {
    hub.requests.length = 0
    const result = await notifyHub({ WEBSUB_HUB: hub.url, SITE_OUT_DIR: after.outDir })
    expect(result.code).not.toBe(0)
    expect(result.output).toContain(`do not name the hub ${hub.url}`)
    expect(result.output).toContain('stories/rss.xml')
    expect(hub.requests).toEqual([])
  })

  it('notify-hub fails, with the hub’s answer, when the hub turns the ping down', async () => {
    hub.status = 500
    try {
      const result = await notifyHub({ WEBSUB_HUB: hub.url, SITE_OUT_DIR: before.outDir })
      expect(result.code).not.toBe(0)
      expect(result.output).toMatch(/failed {2}https:\/\/campaign\.test\/rss\.xml: the hub answered 500/)
      expect(result.output).toContain('4 of 4 notifications failed')
    } finally {
      hub.status = 204
    }
  })
})
