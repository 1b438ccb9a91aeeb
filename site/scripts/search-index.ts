/**
 * The Pagefind search index over updates, asks and stories, in a few large shards:
 * per language, updates oldest first, then stories, then asks, in runs of SHARD_SIZE
 * (so a new update, story or ask changes only the newest shard or two, and an edit
 * to an old update changes the one shard that holds it). Each shard is a complete
 * Pagefind bundle under /pagefind/<key>/, named by a digest of what it holds; the
 * search page merges them in the browser with Pagefind's mergeIndex
 * (/pagefind/shards.json lists them).
 *
 * Why shards at all: one index over 20,000 full texts held ~3 GiB in Pagefind's
 * process, and every publish rebuilt it whole. A shard is indexed on its own, one
 * at a time (memory stays bounded by SHARD_SIZE), and a shard whose digest is already
 * in the cache folder is copied, not indexed again. Why few: a reader's browser asks
 * for each merged shard's entry, metadata and index chunks before it can show a
 * result (about three requests a shard), so many small shards made search slow
 * (43 shards at 20,000 updates: 144 requests, 3.4 s). Records come from the content
 * itself, not the built HTML, so shards are made in Pagefind's own process while
 * Astro renders.
 *
 * Each language has its own shards (an English page in English ones, a Welsh page in
 * Welsh ones, indexed as that language), and shards.json says which are whose: the
 * search page merges only its own language's, so Welsh search finds Welsh words.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { copyFile, link, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { toPlainText } from '@portabletext/toolkit'
import { close, createIndex } from 'pagefind'
import type { SiteContent } from '../src/content/index.ts'

/**
 * Records per shard: as many as the build's memory allows. A shard's Pagefind process
 * holds about 0.16 MiB a record (350 MiB at 2,000, 3 GiB at 20,000), beside Astro's
 * build, and the whole build must stay under 1.5 GiB at 20,000 updates (the bench's
 * goal). At this size a campaign of up to ~1,900 updates has one shard a language.
 * The sizes tried and what they cost: bench/README.md, "The reader's search".
 */
export const SHARD_SIZE = 2000

/** SEARCH_SHARD_SIZE, if set (the bench tries other sizes; tests use tiny ones), else SHARD_SIZE. */
export function shardSize(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.SEARCH_SHARD_SIZE
  if (value === undefined || value === '') return SHARD_SIZE
  const size = Number(value)
  if (!Number.isInteger(size) || size < 1) throw new Error(`SEARCH_SHARD_SIZE must be a positive whole number of records, got "${value}"`)
  return size
}
/** Change when the records change shape, so cached shards are not reused. */
const FORMAT = 'records-v1'
/** The Pagefind UI files the search page loads from /pagefind/ itself. */
const UI_FILES = ['pagefind-ui.js', 'pagefind-ui.css']

export interface SearchIndex {
  /** Copies every shard into a built site (with the UI files and shards.json); returns how many pages they cover. */
  write(siteDir: string): Promise<number>
  /** Stops Pagefind's process, whether or not the index was written. */
  close(): Promise<void>
  /** How many shards were indexed in this build, and how many came from the cache. */
  readonly stats: { indexed: number; reused: number }
}

interface Entry {
  path: string
  title: string
  summary: string | null
  body: readonly unknown[]
}

export interface Shard {
  /** Digest of the shard's entries: its folder name in the cache and under /pagefind/. */
  key: string
  /** The language its pages are in, and Pagefind indexes it as. */
  language: string
  entries: Entry[]
}

/** What can be searched: only what the site shows (content.stories is already filtered by consent), in its own language. */
export function searchEntries(content: SiteContent): Entry[] {
  return [...content.updates, ...content.asks, ...content.stories].filter((entry) => entry.language === content.language)
}

/**
 * A digest of the shard's entries, fed one entry at a time: joined first, the text of
 * a shard is one string of megabytes, and at 20,000 updates those strings were 300 MiB
 * of garbage on the heap as Astro began to bundle (the build's memory peak).
 */
function shardKey(language: string, entries: readonly Entry[]): string {
  const hash = createHash('sha256').update(`${FORMAT}\n${language}`)
  for (const e of entries) hash.update(`\n${JSON.stringify([e.path, e.title, e.summary, e.body])}`)
  return hash.digest('hex').slice(0, 20)
}

const runs = <T>(list: readonly T[], size: number): T[][] => {
  const out: T[][] = []
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size))
  return out
}

/**
 * The shards of this content, in a stable order: per language, one run of updates
 * (oldest first), then stories (oldest first), then asks, cut every SHARD_SIZE
 * records. What changes most (new updates, stories, asks) is at the end, in the
 * newest shard; the runs before it keep their records (until an old one is taken
 * down: then the runs after it shift, and are indexed again).
 */
export function planShards(content: SiteContent, size = SHARD_SIZE): Shard[] {
  const oldestFirst = <T extends { id: string }>(list: readonly T[], date: (item: T) => string) =>
    [...list].sort((a, b) => date(a).localeCompare(date(b)) || a.id.localeCompare(b.id))
  return content.languages.flatMap((language) => {
    const edition = content.edition(language)
    const own = <T extends { language: string }>(list: readonly T[]) => list.filter((item) => item.language === language)
    const records: Entry[] = [
      ...oldestFirst(own(edition.updates), (u) => u.publishedAt),
      ...oldestFirst(own(edition.stories), (s) => s.addedAt ?? ''),
      ...own(edition.asks),
    ]
    return runs(records, size).map((entries) => ({ key: shardKey(language, entries), language, entries }))
  })
}

/** Pagefind writes a shard into a temporary folder; it is renamed into place only when complete. */
async function indexShard(shard: Shard, dir: string): Promise<void> {
  const { index, errors } = await createIndex({ forceLanguage: shard.language })
  if (!index) throw new Error(`Search index could not be created: ${errors.join('; ')}`)
  try {
    // Sent in batches: all at once would queue every record's text in memory at the same time.
    for (const batch of runs(shard.entries, 200)) {
      const results = await Promise.all(
        batch.map((entry) =>
          index.addCustomRecord({
            url: entry.path,
            content: [entry.title, entry.summary, toPlainText(entry.body as Parameters<typeof toPlainText>[0])].filter(Boolean).join('\n'),
            language: shard.language,
            meta: { title: entry.title },
          }),
        ),
      )
      const failed = results.flatMap((r) => r.errors)
      if (failed.length) throw new Error(`Search index: ${failed.join('; ')}`)
    }
    const partial = `${dir}.partial-${process.pid}`
    const written = await index.writeFiles({ outputPath: partial })
    if (written.errors.length) throw new Error(`Search index could not be written: ${written.errors.join('; ')}`)
    await rm(dir, { recursive: true, force: true })
    await rename(partial, dir)
  } finally {
    await index.deleteIndex().catch(() => {})
  }
}

/** Hard links (the cache and the site are on one disk), copies where that fails. */
async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true })
  for (const item of await readdir(from, { withFileTypes: true })) {
    const source = join(from, item.name)
    const target = join(to, item.name)
    if (item.isDirectory()) await linkTree(source, target)
    else await link(source, target).catch(() => copyFile(source, target))
  }
}

/**
 * Starts making the shards that are not in `cacheDir` yet, one at a time. Shards
 * already there are reused; shards no longer in the content are removed from it.
 */
export function startSearchIndex(content: SiteContent, cacheDir: string, size = SHARD_SIZE): SearchIndex {
  const shards = planShards(content, size)
  const stats = { indexed: 0, reused: 0 }
  let stopped = false
  const shardDir = (shard: Shard) => join(cacheDir, shard.key)
  const ready = (async () => {
    await mkdir(cacheDir, { recursive: true })
    for (const shard of shards) {
      if (stopped) throw new Error('Search index stopped before it was complete')
      if (existsSync(join(shardDir(shard), 'pagefind-entry.json'))) {
        stats.reused += 1
        continue
      }
      await indexShard(shard, shardDir(shard))
      stats.indexed += 1
      // A new Pagefind process for each shard: one process kept for all of them grew
      // to 330 MiB at 20,000 updates (it keeps what deleted indexes held), a fresh
      // one stays at what one shard needs. Starting one takes milliseconds.
      await close()
    }
  })()
  // Not awaited yet; keep an early failure from being reported as unhandled.
  ready.catch(() => {})

  return {
    stats,
    async write(siteDir) {
      await ready
      // /pagefind/ may already hold the site's own files (the search page's script).
      const target = join(siteDir, 'pagefind')
      await mkdir(target, { recursive: true })
      for (const shard of shards) await linkTree(shardDir(shard), join(target, shard.key))
      const first = shards[0]
      if (first) for (const name of UI_FILES) await copyFile(join(shardDir(first), name), join(target, name))
      // Every shard, and each language's own (the search page merges those of its language).
      const bundle = (s: Shard) => `/pagefind/${s.key}/`
      const languages = Object.fromEntries(content.languages.map((l) => [l, shards.filter((s) => s.language === l).map(bundle)]))
      await writeFile(join(target, 'shards.json'), `${JSON.stringify({ shards: shards.map(bundle), languages })}\n`)
      // Shards this content no longer has (and half-written ones from a stopped build).
      const keep = new Set(shards.map((s) => s.key))
      for (const name of await readdir(cacheDir)) if (!keep.has(name)) await rm(join(cacheDir, name), { recursive: true, force: true })
      return shards.reduce((sum, s) => sum + s.entries.length, 0)
    },
    async close() {
      // A failed build stops after the shard in hand (a half-written one is removed next time).
      stopped = true
      await close()
    },
  }
}
