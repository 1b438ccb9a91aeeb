/** Where a link in content may point: the web, email, phone, or a page of this site. */
const ALLOWED = /^(https?:\/\/|mailto:|tel:)/i

/** The href as it may be published, or null when it must be dropped (javascript:, data:, //host, junk). */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null
  const trimmed = href.trim()
  if (ALLOWED.test(trimmed)) return trimmed
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return trimmed
  if (trimmed.startsWith('#')) return trimmed
  return null
}

export function isExternal(href: string): boolean {
  return /^https?:\/\//i.test(href)
}

/** Site-relative paths become absolute under the public URL; feeds are read far from the site. */
export function absoluteUrl(href: string, siteUrl: URL): string {
  if (href.startsWith('/') && !href.startsWith('//')) return new URL(href, siteUrl).href
  return href
}
