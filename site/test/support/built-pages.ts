import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { parse, type HTMLElement } from 'node-html-parser'

/** The embeds made for partners' frames ("embed/asks/index.html", "cy/embed/asks/index.html"): no header, footer or share card. */
export const isEmbed = (file: string) => /^([a-z]{2}\/)?embed\//.test(file)

function allHtmlFiles(dir: string): string[] {
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

/**
 * Every page of a built site a reader browses, as site-relative paths ("asks/index.html").
 * Not the embeds (embedFiles), which are not pages of the site but boxes on other sites.
 */
export const htmlFiles = (dir: string): string[] => allHtmlFiles(dir).filter((file) => !isEmbed(file))

/** The embeds for partners' sites (site/test/embeds.test.ts checks them). */
export const embedFiles = (dir: string): string[] => allHtmlFiles(dir).filter(isEmbed)

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
