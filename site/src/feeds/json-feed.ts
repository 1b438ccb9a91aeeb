import type { SiteContent, Update } from '../content/index.ts'
import { xmlSafe } from '../content/render/xml.ts'
import { HTML_LANG } from '../i18n/index.ts'
import { absolute } from '../lib/urls.ts'
import { websubHub } from './websub.ts'

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), the fields this site fills. */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1'
  title: string
  home_page_url: string
  feed_url: string
  description: string
  language: string
  icon: string
  favicon: string
  authors: JsonFeedAuthor[]
  hubs?: { type: 'WebSub'; url: string }[]
  items: JsonFeedItem[]
}

export interface JsonFeedAuthor {
  name: string
  url: string
}

export interface JsonFeedItem {
  id: string
  url: string
  title: string
  content_html: string
  summary?: string
  image?: string
  date_published: string
  date_modified?: string
  authors: JsonFeedAuthor[]
  tags?: string[]
}

export interface JsonFeedOptions {
  path: string
  home: string
  title: string
  description: string
  updates: readonly Update[]
}

/**
 * The same updates as the RSS feed, as JSON Feed 1.1. The id is the canonical URL,
 * exactly the RSS guid, so a reader that switches format sees no duplicates; an edit
 * shows as `date_modified`. Text is cleaned as for XML: a control character is no
 * more welcome in a reader's HTML than in a feed.
 */
export function jsonFeed(content: SiteContent, options: JsonFeedOptions, hub = websubHub()): JsonFeed {
  const url = (path: string) => absolute(path, content.siteUrl)
  const organisation: JsonFeedAuthor = { name: xmlSafe(content.settings.organisationName), url: content.siteUrl.href }
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: xmlSafe(options.title),
    home_page_url: url(options.home),
    feed_url: url(options.path),
    description: xmlSafe(options.description),
    language: HTML_LANG[content.language],
    icon: url('/favicon.svg'),
    favicon: url('/favicon.svg'),
    authors: [organisation],
    ...(hub ? { hubs: [{ type: 'WebSub' as const, url: hub }] } : {}),
    items: options.updates.map((update) => ({
      id: url(update.path),
      url: url(update.path),
      title: xmlSafe(update.title),
      content_html: xmlSafe(content.renderRichText(update.body, { absolute: true })),
      ...(update.summary ? { summary: xmlSafe(update.summary) } : {}),
      ...(update.heroImage ? { image: url(update.heroImage.src) } : {}),
      date_published: new Date(update.publishedAt).toISOString(),
      ...(update.updatedAt ? { date_modified: new Date(update.updatedAt).toISOString() } : {}),
      authors: [organisation],
      ...(update.asks.length ? { tags: update.asks.map((ask) => xmlSafe(ask.title)) } : {}),
    })),
  }
}

/** JSON Feed's registered media type; the static host decides the header, this is for `astro dev`. */
export function jsonFeedResponse(feed: JsonFeed): Response {
  return new Response(JSON.stringify(feed, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  })
}
