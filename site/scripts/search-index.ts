/**
 * The Pagefind search index over updates, asks and stories, written under
 * /pagefind/ with its UI files. Records are made from the content itself rather
 * than by re-reading the built HTML, so the whole index is made and written, in
 * Pagefind's own process, while Astro renders the pages; the build then moves it in.
 */
import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { toPlainText } from '@portabletext/toolkit'
import { close, createIndex } from 'pagefind'
import type { SiteContent } from '../src/content/index.ts'

export interface SearchIndex {
  /** Moves the index into a built site and returns how many pages it covers. */
  write(siteDir: string): Promise<number>
  /** Stops Pagefind's process, whether or not the index was written. */
  close(): Promise<void>
}

interface Entry {
  path: string
  title: string
  summary: string | null
  body: readonly unknown[]
}

/** What can be searched: only what the site shows (content.stories is already filtered by consent). */
export function searchEntries(content: SiteContent): Entry[] {
  return [...content.updates, ...content.asks, ...content.stories]
}

/** Starts indexing; `stagingDir` must be on the same file system as the site. */
export function startSearchIndex(content: SiteContent, stagingDir: string): SearchIndex {
  const entries = searchEntries(content)
  const ready = (async () => {
    const { index, errors } = await createIndex({ forceLanguage: 'en' })
    if (!index) throw new Error(`Search index could not be created: ${errors.join('; ')}`)
    // Sent in batches: all at once would queue every record's text in memory at the same time.
    for (let i = 0; i < entries.length; i += 200) {
      const results = await Promise.all(
        entries.slice(i, i + 200).map((entry) =>
          index.addCustomRecord({
            url: entry.path,
            content: [entry.title, entry.summary, toPlainText(entry.body as Parameters<typeof toPlainText>[0])].filter(Boolean).join('\n'),
            language: 'en',
            meta: { title: entry.title },
          }),
        ),
      )
      const failed = results.flatMap((r) => r.errors)
      if (failed.length) throw new Error(`Search index: ${failed.join('; ')}`)
    }
    const written = await index.writeFiles({ outputPath: stagingDir })
    if (written.errors.length) throw new Error(`Search index could not be written: ${written.errors.join('; ')}`)
  })()
  // Not awaited yet; keep an early failure from being reported as unhandled.
  ready.catch(() => {})

  return {
    async write(siteDir) {
      await ready
      // /pagefind/ may already hold the site's own files (the search page's script).
      const target = join(siteDir, 'pagefind')
      await mkdir(target, { recursive: true })
      for (const name of await readdir(stagingDir)) await rename(join(stagingDir, name), join(target, name))
      await rm(stagingDir, { recursive: true, force: true })
      return (await readdir(join(target, 'fragment'))).length
    },
    async close() {
      await close()
      await rm(stagingDir, { recursive: true, force: true })
    },
  }
}
