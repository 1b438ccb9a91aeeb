import type { RSSFeedItem } from '@astrojs/rss'
import { escapeHTML } from '@portabletext/to-html'
import type { SiteContent, Story } from '../content/index.ts'
import { xmlSafe } from '../content/render/xml.ts'
import { absolute } from '../lib/urls.ts'

/**
 * Stories as RSS items. The caller passes `content.feedStories`: only stories whose
 * consent covers feeds. The content note comes first, in the description and at the
 * top of the content, so a reader meets it before the story.
 *
 * A story consented for feeds but not for the site has no page: its item has no link,
 * and its guid is the URL its page would have (not a permalink), so the item keeps its
 * identity if consent later extends to the site.
 */
export function storyFeedItems(content: SiteContent, stories: readonly Story[]): RSSFeedItem[] {
  return stories.map((story) => {
    const url = absolute(story.path, content.siteUrl)
    const { onSite } = story
    const note = story.contentNote ? `<p><strong>Content note:</strong> ${escapeHTML(story.contentNote)}</p>` : ''
    const byline = `<p>${story.naming === 'anonymous' ? 'Shared anonymously.' : `Shared by ${escapeHTML(story.displayName)}.`}</p>`
    const description = [story.contentNote && `Content note: ${story.contentNote}`, story.summary].filter(Boolean).join(' ')
    return {
      title: xmlSafe(story.title),
      link: onSite ? url : undefined,
      pubDate: story.addedAt ? new Date(story.addedAt) : undefined,
      description: xmlSafe(escapeHTML(description)), // read as HTML by readers: escaped
      content: xmlSafe(note + content.renderRichText(story.body, { absolute: true }) + byline),
      categories: story.asks.map((ask) => xmlSafe(ask.title)),
      customData: onSite ? undefined : `<guid isPermaLink="false">${escapeHTML(url)}</guid>`,
    }
  })
}
