// Dates in Studio lists as campaign staff write them ("21 January 2020"), not as
// stored ("2020-01-21"). No Sanity import, like lists.ts.

const ukDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' })
const calendarDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/** A stored date ("2020-01-21") or date-time (UK time) in words; undefined for anything else. */
export function readableDate(value: string | undefined | null): string | undefined {
  if (!value) return undefined
  const at = new Date(value)
  if (Number.isNaN(at.getTime())) return undefined
  // A date without a time is that calendar day wherever the editor is.
  return (/^\d{4}-\d{2}-\d{2}$/.test(value) ? calendarDate : ukDate).format(at)
}
