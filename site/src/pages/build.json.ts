import type { APIRoute } from 'astro'
import { getContent } from '../content/index.ts'
import { buildStatus } from '../lib/build-status.ts'

/** The build's status, read by the Studio (see site/public/_headers for who may read it). */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(buildStatus(await getContent(), new Date()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
