import type { APIRoute } from 'astro'
import { getContent, type Ask } from '../../../content/index.ts'
import { askRss } from '../../../feeds/site-feeds.ts'
import { askPaths, inEnglish, routeProps } from '../../../lib/page-paths.ts'

/** One ask's feed: the updates that report progress on it. */
export const getStaticPaths = () => inEnglish(askPaths)
export const GET: APIRoute<{ ask: Ask }> = async (context) => {
  const props = await routeProps(context, getStaticPaths)
  if (!props) return new Response(null, { status: 404 })
  return askRss(await getContent(), props.ask)
}
