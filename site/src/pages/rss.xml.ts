import type { APIRoute } from 'astro'
import { FEED_ITEMS } from '../consts.ts'
import { getContent } from '../content/index.ts'
import { rssFeed } from '../feeds/channel.ts'
import { updateFeedItems } from '../feeds/update-items.ts'

/** Every campaign update, newest first. */
export const GET: APIRoute = async () => {
  const content = await getContent()
  return rssFeed(content, {
    path: '/rss.xml',
    home: '/updates/',
    title: `${content.settings.title}: campaign updates`,
    description: content.settings.description,
    items: updateFeedItems(content, content.updates.slice(0, FEED_ITEMS)),
  })
}
