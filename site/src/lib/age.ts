import type { DocumentLink, SiteContent, Update } from '../content/index.ts'

/** An update is old once a year (by the calendar) has passed since it was published, by the build's clock. */
export function isOverAYearOld(publishedAt: string, now: Date): boolean {
  const published = new Date(publishedAt)
  const yearLater = new Date(published)
  yearLater.setUTCFullYear(published.getUTCFullYear() + 1)
  return yearLater.getTime() <= now.getTime()
}

/** What an old update's notice shows (null for a recent update): the newest update, unless it is this one. */
export function oldUpdateNotice(update: Update, content: SiteContent): { latest: DocumentLink | null } | null {
  if (!isOverAYearOld(update.publishedAt, content.now)) return null
  const newest = content.updates[0]
  return { latest: newest && newest.id !== update.id ? { id: newest.id, title: newest.title, path: newest.path, language: newest.language } : null }
}
