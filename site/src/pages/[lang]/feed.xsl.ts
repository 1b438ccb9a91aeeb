import type { APIRoute } from 'astro'
import { feedStylesheetResponse } from '../../feeds/stylesheet.ts'
import { dictionary } from '../../i18n/index.ts'
import { inOtherLanguages, languagePages, routeProps } from '../../lib/page-paths.ts'

/** The page a feed in this language shows in a browser (/cy/feed.xsl). */
export const getStaticPaths = () => inOtherLanguages(languagePages)
export const GET: APIRoute<{ language: string }> = async (context) => {
  const props = await routeProps(context, getStaticPaths)
  if (!props) return new Response(null, { status: 404 })
  return feedStylesheetResponse(dictionary(props.language))
}
