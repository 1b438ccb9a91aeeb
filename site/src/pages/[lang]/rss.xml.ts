import type { APIRoute } from 'astro'
import { getContent } from '../../content/index.ts'
import { updatesRss } from '../../feeds/site-feeds.ts'
import { inOtherLanguages, languagePages, routeProps } from '../../lib/page-paths.ts'

/** The updates written in this language, newest first (/cy/rss.xml). */
export const getStaticPaths = () => inOtherLanguages(languagePages)
export const GET: APIRoute<{ language: string }> = async (context) => {
  const props = await routeProps(context, getStaticPaths)
  if (!props) return new Response(null, { status: 404 })
  return updatesRss(await getContent(props.language))
}
