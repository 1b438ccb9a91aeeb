// When an update goes live, in the words and time zone the campaign team use.
import { readableDate } from '@campaign/schemas/readable-date'

/** An update with a publishedAt still to come is scheduled: the site holds it back until then. */
export function isScheduled(publishedAt: unknown, now: Date = new Date()): publishedAt is string {
  if (typeof publishedAt !== 'string') return false
  const at = Date.parse(publishedAt)
  return !Number.isNaN(at) && at > now.getTime()
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' })
const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' })

/** "3 March 2030", in UK time. */
export function ukLongDate(iso: string): string {
  return readableDate(iso) ?? iso
}

/** "3 March 2030 at 09:00", in UK time. */
export function ukDateTime(iso: string): string {
  return `${longDate.format(new Date(iso))} at ${time.format(new Date(iso))}`
}

/** The line an editor sees under a scheduled update: "Scheduled for 3 March 2030". */
export function scheduledFor(publishedAt: string): string {
  return `Scheduled for ${ukLongDate(publishedAt)}`
}
