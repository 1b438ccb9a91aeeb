import type { APIRoute } from 'astro'
import { getContent } from '../../content/index.ts'
import { updatesJsonFeed } from '../../feeds/site-feeds.ts'
import { inOtherLanguages, languagePages, routeProps } from '../../lib/page-paths.ts'

/** The same updates as this language's RSS feed, as JSON Feed 1.1 (/cy/feed.json). */
export const getStaticPaths = () => inOtherLanguages(languagePages)
export const GET: APIRoute<{ language: string }> = async (context) => {
  const props = await routeProps(context, getStaticPaths)
  if (!props) return new Response(null, { status: 404 })
  return updatesJsonFeed(await getContent(props.language))
}
