import type { RSSFeedItem } from '@astrojs/rss'
import type { SiteContent, Update } from '../content/index.ts'
import { xmlSafe } from '../content/render/xml.ts'
import { absolute } from '../lib/urls.ts'

/**
 * Updates as feed items: the full body rendered by the pages' own renderer with
 * absolute links, the summary as description, related asks as categories. Every
 * string is stripped of characters XML forbids, so one bad paste cannot break a feed.
 */
export function updateFeedItems(content: SiteContent, updates: readonly Update[]): RSSFeedItem[] {
  return updates.map((update) => ({
    title: xmlSafe(update.title),
    link: absolute(update.path, content.siteUrl),
    pubDate: new Date(update.publishedAt),
    description: xmlSafe(update.summary ?? ''),
    content: xmlSafe(content.renderRichText(update.body, { absolute: true })),
    categories: update.asks.map((ask) => xmlSafe(ask.title)),
  }))
}

/** The channel's `atom:link rel="self"`, which feed validators expect. */
export function selfLink(content: SiteContent, path: string): string {
  return `<atom:link href="${absolute(path, content.siteUrl)}" rel="self" type="application/rss+xml"/><language>en-gb</language>`
}

export const ATOM_NS = { atom: 'http://www.w3.org/2005/Atom' }
