import type { APIRoute } from 'astro'

/** Everything may be crawled; the sitemap lists what there is. */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('The site URL is not set (SITE_URL)')
  const body = `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', site).href}\n`
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
