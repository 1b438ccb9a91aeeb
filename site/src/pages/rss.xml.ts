import type { APIRoute } from 'astro'
import { getContent } from '../content/index.ts'
import { updatesRss } from '../feeds/site-feeds.ts'

/** Every campaign update, newest first. */
export const GET: APIRoute = async () => updatesRss(await getContent())
