import type { APIRoute } from 'astro'
import { getContent } from '../content/index.ts'
import { updatesJsonFeed } from '../feeds/site-feeds.ts'

/** The same updates as /rss.xml, as JSON Feed 1.1. */
export const GET: APIRoute = async () => updatesJsonFeed(await getContent())
