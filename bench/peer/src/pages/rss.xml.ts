import rss from '@astrojs/rss'
import type { APIContext } from 'astro'
import { getCollection } from 'astro:content'

export async function GET(context: APIContext) {
  const updates = await getCollection('updates')
  return rss({
    title: 'Campaign updates',
    description: 'Every campaign update',
    site: context.site ?? 'https://peer.example.org',
    items: updates.map((update) => ({
      title: update.data.title,
      pubDate: update.data.publishedAt,
      description: update.data.summary,
      link: `/updates/${update.id}/`,
    })),
  })
}
