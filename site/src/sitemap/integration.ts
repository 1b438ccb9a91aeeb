/**
 * The sitemap of the pages Astro built (sitemap-index.xml, sitemap-0.xml, …),
 * written with the `sitemap` package, as @astrojs/sitemap writes it.
 *
 * Why not @astrojs/sitemap itself: it sorts the URLs with
 * `a.localeCompare(b, 'en', { numeric: true })`, which makes a new ICU collator for
 * every comparison. At 20,000 updates that held the build's only thread for about
 * 5 s and left 200 MiB of native memory behind (bench/README.md). One Intl.Collator
 * gives the same order in a twentieth of the time.
 */
import { createWriteStream } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { SitemapAndIndexStream, SitemapStream } from 'sitemap'

/** URLs per sitemap file: @astrojs/sitemap's default, under the protocol's 50,000. */
const ENTRY_LIMIT = 45_000
/** Pages not meant to be found by search engines: not found, search, and the embeds made for partners' frames. */
const UNLISTED = /\/(404|search)(\/|\.html)?$|\/embed\/(petition|asks)\/$/

/** The sorted, absolute URLs of the pages a sitemap lists. */
export function sitemapUrls(pathnames: readonly string[], site: URL): string[] {
  const order = new Intl.Collator('en', { numeric: true })
  const urls = pathnames.map((p) => new URL(p.replace(/^\//, ''), site)).filter((url) => !UNLISTED.test(url.pathname))
  return [...new Set(urls.map((url) => url.href))].sort(order.compare)
}

export function sitemap(): AstroIntegration {
  let site: URL | undefined
  return {
    name: 'campaign-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.base, config.site) : undefined
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!site) return logger.warn('`site` is not set, so there is no sitemap')
        const base = site
        const outDir = fileURLToPath(dir)
        const files = new SitemapAndIndexStream({
          limit: ENTRY_LIMIT,
          getSitemapStream: (i) => {
            const name = `sitemap-${i}.xml`
            const items = new SitemapStream({ hostname: base.href })
            const file = createWriteStream(join(outDir, name))
            items.pipe(file)
            return [new URL(name, base).href, items, file]
          },
        })
        const urls = sitemapUrls(pages.map((p) => p.pathname), base)
        await pipeline(Readable.from(urls.map((url) => ({ url }))), files, createWriteStream(join(outDir, 'sitemap-index.xml')))
      },
    },
  }
}
