// Which pages of the site show each document: the Presentation tool lists them
// above the document ("Used on 3 pages"), and "Open on site" / "Open preview"
// use the document's own page. Pure, so tests can check every type.
// Kept in step with site/src/pages.
import type { DocumentLocation, DocumentLocationResolvers, DocumentLocationsState } from 'sanity/presentation'
import { isScheduled, scheduledFor } from '../scheduled/dates.ts'

/** The fields a location needs, as selected from the document. */
export interface PageDocument {
  _type: string
  title?: string | null
  slug?: string | null
  publishedAt?: string | null
  /** A story's `consent.withdrawnAt`: set once "Withdraw consent" has erased it. */
  withdrawnAt?: string | null
}

/** The folder each kind of document with a page of its own lives under. */
const SECTION: Record<string, { path: string; title: string } | undefined> = {
  update: { path: '/updates/', title: 'All updates' },
  ask: { path: '/asks/', title: 'Our asks' },
  story: { path: '/stories/', title: 'Stories' },
  nation: { path: '/nations/', title: 'Nations' },
}

const HOME: DocumentLocation = { title: 'Home page', href: '/' }
const TIMELINE: DocumentLocation = { title: 'Timeline', href: '/timeline/' }

/** The document's own page, or null when it has none (no slug yet, or a type the site has no page for). */
export function pagePath(type: string, slug?: string | null): string | null {
  if (type === 'milestone') return TIMELINE.href
  if (type === 'campaign' || type === 'siteSettings') return HOME.href
  const section = SECTION[type]
  if (!section || !slug) return null
  return `${section.path}${slug}/`
}

/** Every page the document appears on, its own page first. */
export function pageLocations(doc: PageDocument): DocumentLocation[] {
  const own = pagePath(doc._type, doc.slug)
  if (!own) return []
  switch (doc._type) {
    case 'update':
      return [{ title: doc.title || 'This update', href: own }, { title: SECTION.update!.title, href: SECTION.update!.path }, HOME]
    case 'ask':
      return [{ title: doc.title || 'This ask', href: own }, { title: SECTION.ask!.title, href: SECTION.ask!.path }]
    case 'story':
      return [{ title: doc.title || 'This story', href: own }]
    case 'nation':
      return [{ title: doc.title || 'This nation', href: own }]
    case 'milestone':
      return [TIMELINE]
    case 'campaign':
      return [HOME]
    case 'siteSettings':
      return [{ title: 'Every page (home page shown)', href: HOME.href }]
    default:
      return []
  }
}

/** What the Presentation tool shows for a document: its pages, or why it has none yet. */
export function locationsState(doc: PageDocument | null, now: Date = new Date()): DocumentLocationsState | null {
  if (!doc) return null
  // A withdrawn story's record will never have a page: no banner asking for a web address
  // (the form's own notice says what happened, studio/withdrawn/).
  if (doc._type === 'story' && doc.withdrawnAt) return null
  const locations = pageLocations(doc)
  if (!locations.length) {
    return { message: 'Not on the site yet: give it a web address (press "Generate" under Web address).', tone: 'caution' }
  }
  if (doc._type === 'update' && isScheduled(doc.publishedAt, now)) {
    return { locations, message: `${scheduledFor(doc.publishedAt)}: the site shows it from then.`, tone: 'caution' }
  }
  return { locations }
}

const resolver = (type: string, select: Record<string, string>) => ({
  select,
  resolve: (value: Record<string, unknown> | null) => locationsState(value && ({ _type: type, ...value } as PageDocument)),
})

/** `presentationTool({ resolve: { locations } })`. */
export const locations: DocumentLocationResolvers = {
  update: resolver('update', { title: 'title', slug: 'slug.current', publishedAt: 'publishedAt' }),
  ask: resolver('ask', { title: 'title', slug: 'slug.current' }),
  story: resolver('story', { title: 'title', slug: 'slug.current', withdrawnAt: 'consent.withdrawnAt' }),
  nation: resolver('nation', { title: 'name', slug: 'slug.current' }),
  milestone: resolver('milestone', { title: 'title' }),
  campaign: resolver('campaign', { title: 'name' }),
  siteSettings: resolver('siteSettings', { title: 'title' }),
}
