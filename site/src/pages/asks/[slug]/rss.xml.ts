import type { APIRoute, GetStaticPaths } from 'astro'
import { FEED_ITEMS } from '../../../consts.ts'
import { getContent, type Ask } from '../../../content/index.ts'
import { rssFeed } from '../../../feeds/channel.ts'
import { updateFeedItems, updatesForAsk } from '../../../feeds/update-items.ts'

/** One ask's feed: the updates that report progress on it. */
export const getStaticPaths = (async () => {
  const content = await getContent()
  return content.asks.map((ask) => ({ params: { slug: ask.slug }, props: { ask } }))
}) satisfies GetStaticPaths

export const GET: APIRoute<{ ask: Ask }> = async ({ props: { ask } }) => {
  const content = await getContent()
  return rssFeed(content, {
    path: ask.feedPath,
    home: ask.path,
    title: `${content.settings.title}: ${ask.title}`,
    description: `Campaign updates on our ask: ${ask.summary ?? ask.title}`,
    items: updateFeedItems(content, updatesForAsk(content, ask.id).slice(0, FEED_ITEMS)),
  })
}
