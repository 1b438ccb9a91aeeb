import type { APIRoute } from 'astro'
import { getContent } from '../../content/index.ts'
import { signaturesCsv } from '../../open-data/signatures.ts'
import { breakdownOf } from '../../lib/support.ts'

// /data/signatures.csv: a route with a parameter only so that there is no file at all when
// the platform gives no breakdown (a file that is always built could only be empty then).
export const getStaticPaths = async () => (breakdownOf(await getContent()) ? [{ params: { table: 'signatures' } }] : [])

/** The petition's signatures in each constituency (CSV, one row each). */
export const GET: APIRoute = async () =>
  new Response(signaturesCsv(breakdownOf(await getContent())!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
