import type { APIRoute } from 'astro'
import { feedStylesheetResponse } from '../feeds/stylesheet.ts'
import { dictionary } from '../i18n/index.ts'

/** What an English feed shows when opened in a browser. */
export const GET: APIRoute = () => feedStylesheetResponse(dictionary('en'))
