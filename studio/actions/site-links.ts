// Where "Open on site" and "Open preview" go for a document: its own page from
// the locations module, or the reason it has none. Pure, for tests.
import { pagePath } from '../presentation/locations.ts'
import { isScheduled, scheduledFor } from '../scheduled/dates.ts'
import { pageUrl } from '../urls.ts'

/** The types with a page of their own (a milestone's is the timeline). */
export const TYPES_WITH_PAGES: ReadonlySet<string> = new Set(['update', 'ask', 'story', 'nation', 'milestone'])

type Doc = Record<string, unknown> | null | undefined

export type SiteLink = { href: string } | { unavailable: string }

const slugOf = (doc: Doc) => (doc?.slug as { current?: string } | undefined)?.current
const ukDate = (now: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now)

/** Why a published story is not on the site: the same consent rules the site applies. */
function storyHidden(story: Doc, now: Date): string | null {
  const consent = (story?.consent ?? {}) as { withdrawn?: boolean; expiresOn?: string; channels?: string[] }
  if (consent.withdrawn) return 'Consent was withdrawn, so the story is not on the site.'
  if (consent.expiresOn && consent.expiresOn <= ukDate(now)) return 'Consent has expired, so the story is not on the site.'
  if (!consent.channels?.includes('site')) return 'Consent does not cover the website, so the story is not on the site.'
  return null
}

/** The published document's page on the live site. */
export function liveLink(type: string, published: Doc, siteUrl: string, now: Date = new Date()): SiteLink {
  if (!published) return { unavailable: 'Not published yet: the site shows only published documents.' }
  const path = pagePath(type, slugOf(published))
  if (!path) return { unavailable: 'No page yet: give it a web address and publish it.' }
  if (type === 'update' && isScheduled(published.publishedAt, now)) {
    return { unavailable: `${scheduledFor(published.publishedAt)}: not on the site until then.` }
  }
  if (type === 'story') {
    const hidden = storyHidden(published, now)
    if (hidden) return { unavailable: hidden }
  }
  return { href: pageUrl(siteUrl, path) }
}

/** The page to show in the Presentation tool: the draft's, as the editor sees it now. */
export function previewPath(type: string, draft: Doc, published: Doc): SiteLink {
  const path = pagePath(type, slugOf(draft ?? published))
  return path ? { href: path } : { unavailable: 'No page yet: give it a web address first.' }
}
