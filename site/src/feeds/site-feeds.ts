/**
 * The site's update feeds, in whichever language's edition they are given:
 * /rss.xml and /feed.json in English, /cy/rss.xml and /cy/feed.json in Welsh, and
 * one feed per ask in each. A feed carries only updates written in its own
 * language, so a Welsh subscriber's reader is in Welsh throughout.
 */
import { FEED_ITEMS } from '../consts.ts'
import type { Ask, SiteContent, Update } from '../content/index.ts'
import { dictionary, localPath } from '../i18n/index.ts'
import { rssFeed } from './channel.ts'
import { jsonFeed, jsonFeedResponse } from './json-feed.ts'
import { updateFeedItems, updatesForAsk } from './update-items.ts'

const inOwnLanguage = (content: SiteContent, updates: readonly Update[]) =>
  updates.filter((u) => u.language === content.language).slice(0, FEED_ITEMS)

export function updatesRss(content: SiteContent): Promise<Response> {
  return rssFeed(content, {
    path: localPath(content.language, '/rss.xml'),
    home: localPath(content.language, '/updates/'),
    title: dictionary(content.language).feeds.siteUpdates(content.settings.title),
    description: content.settings.description,
    items: updateFeedItems(content, inOwnLanguage(content, content.updates)),
  })
}

export function updatesJsonFeed(content: SiteContent): Response {
  return jsonFeedResponse(
    jsonFeed(content, {
      path: localPath(content.language, '/feed.json'),
      home: localPath(content.language, '/updates/'),
      title: dictionary(content.language).feeds.siteUpdates(content.settings.title),
      description: content.settings.description,
      updates: inOwnLanguage(content, content.updates),
    }),
  )
}

export function askRss(content: SiteContent, ask: Ask): Promise<Response> {
  const words = dictionary(content.language).feeds
  return rssFeed(content, {
    path: ask.feedPath,
    home: ask.path,
    title: `${content.settings.title}: ${ask.title}`,
    description: words.askDescription(ask.summary ?? ask.title),
    items: updateFeedItems(content, inOwnLanguage(content, updatesForAsk(content, ask.id))),
  })
}
