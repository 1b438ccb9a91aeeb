import type { DocumentBadgeComponent, DocumentBadgeDescription } from 'sanity'
import { isScheduled, ukDateTime } from './dates.ts'

/**
 * "Scheduled" on an update whose publishedAt is still to come: the site holds it
 * back until then. A published one goes live by itself (the hourly rebuild picks
 * it up); a draft only once someone presses Publish.
 */
export function scheduledBadge(
  draft: Record<string, unknown> | null,
  published: Record<string, unknown> | null,
  now: Date = new Date(),
): DocumentBadgeDescription | null {
  if (published && isScheduled(published.publishedAt, now)) {
    return { label: 'Scheduled', color: 'primary', title: `Published: on the site from ${ukDateTime(published.publishedAt)}` }
  }
  if (draft && isScheduled(draft.publishedAt, now)) {
    return { label: 'Scheduled', color: 'warning', title: `Once published, on the site from ${ukDateTime(draft.publishedAt)}` }
  }
  return null
}

export const UpdateScheduledBadge: DocumentBadgeComponent = ({ draft, published }) => scheduledBadge(draft, published)
UpdateScheduledBadge.displayName = 'UpdateScheduledBadge'
