import { absoluteUrl } from '../content/render/links.ts'

/** Absolute URL of a site path, for canonical links, feeds and social cards. */
export function absolute(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('The site URL is not set (SITE_URL)')
  return absoluteUrl(path, new URL(site))
}
