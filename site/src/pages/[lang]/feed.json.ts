import type { APIRoute } from 'astro'
import { getContent } from '../../content/index.ts'
import { updatesJsonFeed } from '../../feeds/site-feeds.ts'
import { inOtherLanguages, languagePages } from '../../lib/page-paths.ts'

/** The same updates as this language's RSS feed, as JSON Feed 1.1 (/cy/feed.json). */
export const getStaticPaths = () => inOtherLanguages(languagePages)
export const GET: APIRoute<{ language: string }> = async ({ props }) => updatesJsonFeed(await getContent(props.language))
