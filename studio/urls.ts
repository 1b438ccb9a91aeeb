// Where the public site and the drafts preview live, for links from the Studio.
// Read like env.ts: Vite puts SANITY_STUDIO_* into the browser bundle at build
// time; in Node (tests, the CLI) they come from process.env.

/**
 * The preview: the hosted preview's address in SANITY_STUDIO_PREVIEW_URL (set it at
 * `sanity deploy`); unset, a developer's `npm run preview:drafts` here.
 */
export const DEFAULT_PREVIEW_URL = 'http://localhost:4321'
/** The site's own default (site/src/content/index.ts), used until SANITY_STUDIO_SITE_URL is set. */
export const DEFAULT_SITE_URL = 'https://secondary-voices.example.org'

const fromEnv = {
  previewUrl:
    import.meta.env?.SANITY_STUDIO_PREVIEW_URL ??
    (typeof process === 'undefined' ? undefined : process.env.SANITY_STUDIO_PREVIEW_URL),
  siteUrl:
    import.meta.env?.SANITY_STUDIO_SITE_URL ??
    (typeof process === 'undefined' ? undefined : process.env.SANITY_STUDIO_SITE_URL),
}

export const previewUrl = fromEnv.previewUrl || DEFAULT_PREVIEW_URL
export const siteUrl = fromEnv.siteUrl || DEFAULT_SITE_URL

/**
 * A page's full address under a base URL. The path is site-relative ("/updates/x/");
 * a base with a path of its own (https://example.org/campaign) keeps it.
 */
export function pageUrl(base: string, path: string): string {
  const root = new URL(base)
  if (!root.pathname.endsWith('/')) root.pathname += '/'
  return new URL(path.replace(/^\/+/, ''), root).href
}
