import { getRssString, type RSSFeedItem } from '@astrojs/rss'
import type { SiteContent } from '../content/index.ts'
import { xmlSafe } from '../content/render/xml.ts'
import { dictionary, localPath } from '../i18n/index.ts'
import { absolute } from '../lib/urls.ts'
import { websubHub } from './websub.ts'

/** Namespaces every RSS feed declares: Atom for self/hub links and item updated dates. */
const NAMESPACES = { atom: 'http://www.w3.org/2005/Atom' }

export interface RssChannel {
  /** The feed's own path, e.g. `/rss.xml`: its self link, which validators and WebSub hubs check. */
  path: string
  /** The page the feed mirrors, e.g. `/asks/prompt-diagnosis/`. */
  home: string
  title: string
  description: string
  items: RSSFeedItem[]
}

/** Attribute values we write ourselves (URLs): escaped, since @astrojs/rss parses customData as XML. */
const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')

/**
 * The links a channel carries besides its items: language, `atom:link rel="self"`
 * (the feed's own URL, as the W3C validator expects), and a WebSub hub when one is set.
 * Only fixed text and URLs go here: @astrojs/rss re-parses customData, turning
 * number-like text into numbers, so free text never passes this way.
 */
export function channelLinks(content: SiteContent, path: string, hub = websubHub()): string {
  const self = `<atom:link href="${attr(absolute(path, content.siteUrl))}" rel="self" type="application/rss+xml"/>`
  const hubLink = hub ? `<atom:link href="${attr(hub)}" rel="hub"/>` : ''
  return `<language>${dictionary(content.language).locale.toLowerCase()}</language>${self}${hubLink}`
}

/**
 * How a feed opened in a browser explains itself; feed readers ignore both. The XSLT
 * builds a readable page in the feed's language; the CSS styles the raw feed for
 * browsers that have dropped XSLT (all are removing it). Where both work, the XSLT wins.
 */
export function feedStylesheets(content: SiteContent): { xsl: string; css: string } {
  const xsl = localPath(content.language, '/feed.xsl').slice(1)
  return { xsl: new URL(xsl, content.siteUrl).pathname, css: new URL('feed.css', content.siteUrl).pathname }
}

/** An RSS 2.0 response: the one way every RSS route is written. */
export async function rssFeed(content: SiteContent, channel: RssChannel): Promise<Response> {
  const stylesheets = feedStylesheets(content)
  const xml = await getRssString({
    title: xmlSafe(channel.title),
    description: xmlSafe(channel.description),
    site: absolute(channel.home, content.siteUrl),
    items: channel.items,
    xmlns: NAMESPACES,
    stylesheet: stylesheets.xsl,
    customData: channelLinks(content, channel.path),
  })
  // @astrojs/rss writes one stylesheet instruction; the CSS one goes right after it.
  const xslInstruction = `<?xml-stylesheet href="${stylesheets.xsl}" type="text/xsl"?>`
  const cssInstruction = `<?xml-stylesheet href="${attr(stylesheets.css)}" type="text/css"?>`
  // application/xml, not application/rss+xml: browsers display the former and download the latter.
  return new Response(xml.replace(xslInstruction, xslInstruction + cssInstruction), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
}
