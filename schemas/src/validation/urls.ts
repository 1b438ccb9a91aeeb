// Which addresses a link field accepts. Each rule is plain data so the site and
// the dataset checks can reuse it without loading the Studio.
export interface UrlRule {
  /** URL schemes allowed, without the colon. */
  schemes: readonly string[]
  /** Whether a page on this site (`/asks/`) is allowed. */
  siteRelative: boolean
}

/** Links in text, buttons, footer and social links. */
export const linkRule: UrlRule = { schemes: ['https', 'http', 'mailto', 'tel'], siteRelative: true }
/** "How you can help" actions: a page, a web address or an email. */
export const actionRule: UrlRule = { schemes: ['https', 'http', 'mailto'], siteRelative: true }
/** Evidence and source links: web addresses only. */
export const webRule: UrlRule = { schemes: ['https', 'http'], siteRelative: false }
/** Petition and sign-up forms: secure web addresses only. */
export const secureRule: UrlRule = { schemes: ['https'], siteRelative: false }

const schemeExamples: Record<string, string> = {
  https: 'https://',
  http: 'http://',
  mailto: 'mailto:',
  tel: 'tel:',
}

function allowedList(rule: UrlRule): string {
  const parts = rule.schemes.map((scheme) => schemeExamples[scheme] ?? `${scheme}:`)
  if (rule.siteRelative) parts.push('/ (a page on this site)')
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} or ${parts.at(-1)}`
}

/**
 * Says what is wrong with a link, in words an editor can act on, or returns
 * undefined when the link is fine. An empty value is fine here: "required" is a
 * separate rule.
 */
export function hrefProblem(href: string | undefined | null, rule: UrlRule = linkRule): string | undefined {
  if (href === undefined || href === null || href === '') return undefined
  const mustStart = `Links here must start with ${allowedList(rule)}.`
  if (/\s/.test(href)) return `Remove the spaces from this link. ${mustStart}`

  if (href.startsWith('/')) {
    if (href.startsWith('//')) return `Write the full address, starting with https://. ${mustStart}`
    return rule.siteRelative ? undefined : `Use a full web address here, not a page on this site. ${mustStart}`
  }

  let url: URL
  try {
    url = new URL(href)
  } catch {
    return `This isn't a complete address. ${mustStart}`
  }
  const scheme = url.protocol.replace(/:$/, '')
  if (!rule.schemes.includes(scheme)) return mustStart

  if (scheme === 'http' || scheme === 'https') {
    if (url.username || url.password) return 'Remove the user name or password from this link.'
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') {
      return `"${url.hostname}" isn't a website name. Check the address, e.g. https://www.example.org/page.`
    }
  }
  if (scheme === 'mailto' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(decodeURIComponent(url.pathname))) {
    return 'Write an email link as mailto:name@example.org.'
  }
  if (scheme === 'tel' && !/^\+?[0-9][0-9().-]{5,}$/.test(url.pathname)) {
    return 'Write a phone link as tel: followed by the number without spaces, e.g. tel:+442071234567.'
  }
  return undefined
}
