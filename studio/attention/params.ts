// The clock the "Needs attention" lists run on. Date-only fields (consent dates,
// progress dates) compare as UK calendar dates, as the site does; _updatedAt is
// an instant.

export interface AttentionParams {
  /** Now, as an ISO instant. */
  now: string
  /** 30 days from today (UK date), YYYY-MM-DD: consent ending by then needs renewing (or has lapsed). */
  soon: string
  /** 90 days before today, YYYY-MM-DD: an ask with no progress note since has gone quiet. */
  ninetyDaysAgo: string
  /** 14 days before now, as an ISO instant: a draft untouched since is forgotten. */
  fourteenDaysAgo: string
  /** Today (UK date), YYYY-MM-DD: an ask whose next review date is before it is overdue a review. */
  today: string
}

const DAY = 24 * 60 * 60 * 1000

const ukDate = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(at)

export function attentionParams(now: Date = new Date()): AttentionParams {
  const at = now.getTime()
  return {
    now: now.toISOString(),
    soon: ukDate(new Date(at + 30 * DAY)),
    ninetyDaysAgo: ukDate(new Date(at - 90 * DAY)),
    fourteenDaysAgo: new Date(at - 14 * DAY).toISOString(),
    today: ukDate(now),
  }
}
