import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { parse, type HTMLElement } from 'node-html-parser'

/** Every .html file of a built site, as site-relative paths ("asks/index.html"). */
export function htmlFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith('.html')) out.push(relative(dir, full))
    }
  }
  walk(dir)
  return out.sort()
}

/** The URL path a reader types for a built file: "asks/index.html" -> "/asks/". */
export const urlPath = (file: string) => `/${file.replace(/index\.html$/, '')}`

/** A built page, parsed. `path` is a URL path such as "/asks/" or "/404.html". */
export function page(dir: string, path: string): HTMLElement {
  const file = path.endsWith('.html') ? path : join(path, 'index.html')
  return parse(readFileSync(join(dir, file), 'utf8'))
}

/** Text as a reader sees it: whitespace collapsed. */
export const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

/** The URLs and text Pagefind indexed, read from its fragment files (gzip, after a "pagefind_dcd" marker). */
export function searchRecords(dir: string): { url: string; content: string }[] {
  // Every shard the search page merges (site/scripts/search-index.ts).
  const { shards } = JSON.parse(readFileSync(join(dir, 'pagefind', 'shards.json'), 'utf8')) as { shards: string[] }
  return shards.flatMap((bundle) => {
    const fragments = join(dir, bundle, 'fragment')
    return readdirSync(fragments).map((name) => {
      const raw = gunzipSync(readFileSync(join(fragments, name))).toString('utf8')
      return JSON.parse(raw.slice(raw.indexOf('{')))
    })
  })
}
