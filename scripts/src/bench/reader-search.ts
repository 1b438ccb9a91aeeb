// The reader's search, as the bench measures it: the built site served on 127.0.0.1,
// Chromium with an empty cache for every search, timed from opening /search/?q=… to
// the first result on screen, with every request the page made for it. The same is
// measured against one Pagefind index of the same built site (`pagefind --site`),
// which the site's own search page is pointed at for the comparison.
import { execFile } from 'node:child_process'
import { copyFile, readFile, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import type { Browser } from 'playwright-core'
import { launchChromium } from '../../../site/test/support/browser.ts'
import { serveStatic } from '../../../site/test/support/static-server.ts'

const execFileAsync = promisify(execFile)
const pagefind = resolve(import.meta.dirname, '../../../node_modules/.bin/pagefind')

export interface SearchRun {
  query: string
  /** From opening the search page to the first result (or Pagefind's "No results") on screen. */
  ms: number
  /** Requests the page made, from the page itself until the network was quiet after the first result. */
  requests: number
  /** The results' addresses, in Pagefind's order (the first page of them). */
  results: string[]
  /** The path of every request, in the order they were made (the profile of a search). */
  asked: string[]
}

/** The folder, beside the site's own /pagefind/, that the comparison's single index is written to. */
const SINGLE = '_one-index'
/** A search ends when nothing has been asked for this long after the first result. */
const QUIET_MS = 500

async function searchOnce(browser: Browser, origin: string, query: string): Promise<SearchRun> {
  // A new context for each search: an empty cache, as a first-time reader has.
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    const asked: string[] = []
    let inFlight = 0
    let lastActivity = performance.now()
    page.on('request', (request) => {
      asked.push(new URL(request.url()).pathname)
      inFlight += 1
      lastActivity = performance.now()
    })
    const settled = () => {
      inFlight -= 1
      lastActivity = performance.now()
    }
    page.on('requestfinished', settled)
    page.on('requestfailed', settled)
    const started = performance.now()
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`)
    await page.waitForFunction(
      () => document.querySelector('.pagefind-ui__result-link') !== null || /No results/i.test(document.querySelector('.pagefind-ui__message')?.textContent ?? ''),
      undefined,
      { timeout: 120_000, polling: 'raf' },
    )
    const ms = performance.now() - started
    while (inFlight > 0 || performance.now() - lastActivity < QUIET_MS) await page.waitForTimeout(50)
    const results = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
    return { query, ms, requests: asked.length, results, asked }
  } finally {
    await context.close()
  }
}

const median = (runs: SearchRun[]): SearchRun => [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)]!

/** Each query `repeat` times (the median by time is kept), against the built site in `siteDir` as it is. */
export async function searchSite(siteDir: string, queries: readonly string[], repeat = 3): Promise<SearchRun[]> {
  const server = await serveStatic(siteDir)
  const browser = await launchChromium()
  try {
    // Not measured: Chromium's own first page (its start-up would land on the first query).
    await searchOnce(browser, server.origin, queries[0] ?? 'campaign')
    const out: SearchRun[] = []
    for (const query of queries) {
      const runs: SearchRun[] = []
      for (let i = 0; i < repeat; i += 1) runs.push(await searchOnce(browser, server.origin, query))
      out.push(median(runs))
    }
    return out
  } finally {
    await browser.close()
    await server.close()
  }
}

/**
 * The same searches against one Pagefind index of the whole built site, made by
 * Pagefind's own CLI: the search page is pointed at it (shards.json names it alone)
 * for the measurement, and the site is put back as it was afterwards.
 */
export async function searchOneIndex(siteDir: string, queries: readonly string[], repeat = 3): Promise<{ runs: SearchRun[]; indexSeconds: number }> {
  const shards = join(siteDir, 'pagefind/shards.json')
  const saved = `${shards}.bench-saved`
  const started = performance.now()
  await execFileAsync(pagefind, ['--site', siteDir, '--output-subdir', SINGLE, '--quiet'], { maxBuffer: 64 * 1024 * 1024 })
  const indexSeconds = (performance.now() - started) / 1000
  await copyFile(shards, saved)
  try {
    const bundle = `/${SINGLE}/`
    const { languages } = JSON.parse(await readFile(saved, 'utf8')) as { languages: Record<string, string[]> }
    await writeFile(shards, JSON.stringify({ shards: [bundle], languages: Object.fromEntries(Object.keys(languages).map((l) => [l, [bundle]])) }))
    return { runs: await searchSite(siteDir, queries, repeat), indexSeconds }
  } finally {
    await copyFile(saved, shards)
    await rm(saved, { force: true })
    await rm(join(siteDir, SINGLE), { recursive: true, force: true })
  }
}
