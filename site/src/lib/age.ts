/** An update is old once a year (by the calendar) has passed since it was published, by the build's clock. */
export function isOverAYearOld(publishedAt: string, now: Date): boolean {
  const published = new Date(publishedAt)
  const yearLater = new Date(published)
  yearLater.setUTCFullYear(published.getUTCFullYear() + 1)
  return yearLater.getTime() <= now.getTime()
}

