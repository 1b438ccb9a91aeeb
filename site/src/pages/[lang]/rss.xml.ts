import type { APIRoute } from 'astro'
import { getContent } from '../../content/index.ts'
import { updatesRss } from '../../feeds/site-feeds.ts'
import { inOtherLanguages, languagePages } from '../../lib/page-paths.ts'

/** The updates written in this language, newest first (/cy/rss.xml). */
export const getStaticPaths = () => inOtherLanguages(languagePages)
export const GET: APIRoute<{ language: string }> = async ({ props }) => updatesRss(await getContent(props.language))
