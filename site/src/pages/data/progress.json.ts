import type { APIRoute } from 'astro'
import { getContent } from '../../content/index.ts'
import { progressJson } from '../../open-data/progress.ts'

/** The tracker as open data (JSON). */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(progressJson(await getContent()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
