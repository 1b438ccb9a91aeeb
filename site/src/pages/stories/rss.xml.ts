import type { APIRoute } from 'astro'
import { getContent } from '../../content/index.ts'
import { rssFeed } from '../../feeds/channel.ts'
import { storyFeedItems } from '../../feeds/story-items.ts'

/** Supporters' stories: only those whose consent covers feeds. */
export const GET: APIRoute = async () => {
  const content = await getContent()
  return rssFeed(content, {
    path: '/stories/rss.xml',
    home: '/stories/',
    title: `${content.settings.title}: stories`,
    description: 'Stories people have chosen to share with the campaign, published here with their consent.',
    items: storyFeedItems(content, content.feedStories),
  })
}
