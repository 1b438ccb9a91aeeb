import type { APIRoute } from 'astro'
import { getContent, type Ask } from '../../../../content/index.ts'
import { askRss } from '../../../../feeds/site-feeds.ts'
import { askPaths, inOtherLanguages, routeProps } from '../../../../lib/page-paths.ts'

/** A translated ask's own feed, in its language: the updates about it written in that language. */
export const getStaticPaths = () => inOtherLanguages(askPaths)
export const GET: APIRoute<{ language: string; ask: Ask }> = async (context) => {
  const props = await routeProps(context, getStaticPaths)
  if (!props) return new Response(null, { status: 404 })
  return askRss(await getContent(props.language), props.ask)
}
