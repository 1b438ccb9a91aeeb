import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'
import { FEED_ITEMS } from '../consts.ts'
import { getContent } from '../content/index.ts'
import { xmlSafe } from '../content/render/xml.ts'
import { ATOM_NS, selfLink, updateFeedItems } from '../feeds/update-items.ts'

export const GET: APIRoute = async () => {
  const content = await getContent()
  return rss({
    title: xmlSafe(`${content.settings.title}: campaign updates`),
    description: xmlSafe(content.settings.description),
    site: content.siteUrl.href,
    items: updateFeedItems(content, content.updates.slice(0, FEED_ITEMS)),
    xmlns: ATOM_NS,
    customData: selfLink(content, '/rss.xml'),
  })
}
