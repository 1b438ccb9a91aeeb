
/** An update is old once a year (by the calendar) has passed since it was published, by the build's clock. */
export function isOverAYearOld(publishedAt: string, now: Date): boolean {
  const published = new Date(publishedAt)
  const yearLater = new Date(published)
  yearLater.setUTCFullYear(published.getUTCFullYear() + 1)
  return yearLater.getTime() <= now.getTime()
}

/**
 * Whether an update's page says it is over a year old. The notice links to the
 * update list, not to the newest update by name: publishing an update then
 * changes none of the old pages, which Astro's incremental build copies as they were.
 */
export const showsOldUpdateNotice = (update: { publishedAt: string }, now: Date): boolean => isOverAYearOld(update.publishedAt, now)
