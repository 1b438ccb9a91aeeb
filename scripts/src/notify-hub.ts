/**
 * Tells a WebSub hub that the site's feeds have changed, so subscribers get new
 * items within seconds instead of at their next poll. Run after a deploy:
 *
 *   WEBSUB_HUB=https://hub.example/ npm run notify-hub -w scripts
 *
 * Reads the feeds from the built site (site/dist, or SITE_OUT_DIR): each RSS feed's
 * `atom:link rel="self"` and the JSON feed's `feed_url` are the URLs the hub is told
 * about (`hub.mode=publish`, `hub.url=<feed URL>`). Without WEBSUB_HUB it says so and
 * exits 0: a site without a hub is a normal set-up.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

interface Feed {
  file: string
  url: string
  hubs: string[]
}

const REPO = fileURLToPath(new URL('../../', import.meta.url))
const TIMEOUT_MS = 15_000

function normalise(url: string): string {
  return new URL(url).href
}

/** Attributes of each `<atom:link …/>` tag; the site writes them, so a small reader is enough. */
function atomLinks(xml: string): Record<string, string>[] {
  const decode = (v: string) => v.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
  return [...xml.matchAll(/<atom:link\b([^>]*)\/?>/g)].map(([, attrs]) =>
    Object.fromEntries([...attrs!.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, decode(value!)])),
  )
}

function readFeed(siteDir: string, file: string): Feed {
  const text = readFileSync(file, 'utf8')
  const where = relative(siteDir, file)
  if (file.endsWith('.json')) {
    const feed = JSON.parse(text) as { feed_url?: string; hubs?: { type?: string; url?: string }[] }
    if (!feed.feed_url) throw new Error(`${where} has no feed_url`)
    return { file: where, url: feed.feed_url, hubs: (feed.hubs ?? []).filter((h) => h.type === 'WebSub' && h.url).map((h) => normalise(h.url!)) }
  }
  const links = atomLinks(text)
  const self = links.find((l) => l.rel === 'self')?.href
  if (!self) throw new Error(`${where} has no atom:link rel="self"`)
  return { file: where, url: self, hubs: links.filter((l) => l.rel === 'hub' && l.href).map((l) => normalise(l.href!)) }
}

/** Every feed file in the built site: each folder's rss.xml, and feed.json. */
function findFeeds(siteDir: string): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name === 'rss.xml' || entry.name === 'feed.json') found.push(full)
    }
  }
  walk(siteDir)
  return found.sort()
}

async function publish(hub: string, feedUrl: string): Promise<string | null> {
  try {
    const response = await fetch(hub, {
      method: 'POST',
      body: new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': feedUrl }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    if (response.ok) return null
    const body = (await response.text()).trim().slice(0, 200)
    return `the hub answered ${response.status} ${response.statusText}${body ? `: ${body}` : ''}`
  } catch (error) {
    return `the hub could not be reached: ${(error as Error).cause ?? (error as Error).message}`
  }
}

async function main(): Promise<number> {
  const hubSetting = process.env.WEBSUB_HUB?.trim()
  if (!hubSetting) {
    console.log('WEBSUB_HUB is not set, so there is no hub to notify. Nothing to do: feed readers will find new items when they next check.')
    return 0
  }
  let hub: string
  try {
    hub = normalise(hubSetting)
    if (!/^https?:$/.test(new URL(hub).protocol)) throw new Error()
  } catch {
    console.error(`WEBSUB_HUB must be an http or https URL, not "${hubSetting}"`)
    return 1
  }

  // npm runs workspace scripts from the workspace folder; a relative SITE_OUT_DIR means the caller's folder.
  const siteDir = process.env.SITE_OUT_DIR ? resolve(process.env.INIT_CWD ?? process.cwd(), process.env.SITE_OUT_DIR) : join(REPO, 'site', 'dist')
  if (!existsSync(siteDir)) {
    console.error(`No built site at ${siteDir}. Build it first (npm run build), with the same WEBSUB_HUB.`)
    return 1
  }
  const feeds = findFeeds(siteDir).map((file) => readFeed(siteDir, file))
  if (!feeds.length) {
    console.error(`No feeds (rss.xml, feed.json) found in ${siteDir}.`)
    return 1
  }

  // A hub only helps subscribers whose feed names it; a site built without it would be notified in vain.
  const unnamed = feeds.filter((feed) => !feed.hubs.includes(hub))
  if (unnamed.length) {
    console.error(`These feeds do not name the hub ${hub}, so their subscribers would never hear from it:`)
    for (const feed of unnamed) console.error(`  ${feed.file}${feed.hubs.length ? ` (names ${feed.hubs.join(', ')})` : ''}`)
    console.error(`Build the site with WEBSUB_HUB=${hubSetting}, deploy it, then run this again.`)
    return 1
  }

  console.log(`Notifying ${hub} of ${feeds.length} feeds`)
  let failed = 0
  for (const feed of feeds) {
    const problem = await publish(hub, feed.url)
    if (problem) failed++
    console[problem ? 'error' : 'log'](`  ${problem ? 'failed' : 'ok'}  ${feed.url}${problem ? `: ${problem}` : ''}`)
  }
  if (failed) console.error(`${failed} of ${feeds.length} notifications failed.`)
  else console.log('Done: the hub will fetch the feeds and tell their subscribers.')
  return failed ? 1 : 0
}

process.exitCode = await main()
