import type { RSSFeedItem } from '@astrojs/rss'
import { escapeHTML } from '@portabletext/to-html'
import type { SiteContent, Update } from '../content/index.ts'
import { xmlSafe } from '../content/render/xml.ts'
import { absolute } from '../lib/urls.ts'

/**
 * Updates as RSS items: the full body rendered by the pages' own renderer with
 * absolute links, the summary as description, related asks as categories. Every
 * string is stripped of characters XML forbids, so one bad paste cannot break a feed.
 * RSS readers treat a description as HTML, so the plain-text summary is escaped as HTML
 * first: a summary that mentions "<script>" is shown, never run.
 *
 * Identity: the guid is the canonical URL, built from the slug, so editing a title
 * or body never makes a reader show the update twice. Changing the slug makes a new
 * URL, and so a new item. An edit is dated by `atom:updated` (RFC 3339), the one
 * per-item modified date the W3C validator accepts in RSS 2.0 without a warning
 * (`dc:date` beside `pubDate` is flagged as duplicate semantics).
 */
export function updateFeedItems(content: SiteContent, updates: readonly Update[]): RSSFeedItem[] {
  return updates.map((update) => ({
    title: xmlSafe(update.title),
    link: absolute(update.path, content.siteUrl),
    pubDate: new Date(update.publishedAt),
    description: xmlSafe(escapeHTML(update.summary ?? '')),
    content: xmlSafe(content.renderRichText(update.body, { absolute: true })),
    categories: update.asks.map((ask) => xmlSafe(ask.title)),
    customData: update.updatedAt ? `<atom:updated>${new Date(update.updatedAt).toISOString()}</atom:updated>` : undefined,
  }))
}

/** The updates related to one ask, newest first, for that ask's own feed. */
export function updatesForAsk(content: SiteContent, askId: string): Update[] {
  return content.updates.filter((update) => update.asks.some((ask) => ask.id === askId))
}
