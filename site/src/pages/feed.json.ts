import type { APIRoute } from 'astro'
import { FEED_ITEMS } from '../consts.ts'
import { getContent } from '../content/index.ts'
import { jsonFeed, jsonFeedResponse } from '../feeds/json-feed.ts'

/** The same updates as /rss.xml, as JSON Feed 1.1. */
export const GET: APIRoute = async () => {
  const content = await getContent()
  return jsonFeedResponse(
    jsonFeed(content, {
      path: '/feed.json',
      home: '/updates/',
      title: `${content.settings.title}: campaign updates`,
      description: content.settings.description,
      updates: content.updates.slice(0, FEED_ITEMS),
    }),
  )
}
