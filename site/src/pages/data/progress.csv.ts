import type { APIRoute } from 'astro'
import { getContent } from '../../content/index.ts'
import { progressCsv } from '../../open-data/progress.ts'

/** The tracker as open data (CSV, one row per ask and nation). */
export const GET: APIRoute = async () =>
  new Response(progressCsv(await getContent()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
