// Dates arrive as ISO strings: "2020-03-03" for a date, "2020-03-03T10:00:00Z"
// for a date and time. Both parse with Date.parse (a date alone as UTC midnight).

function time(value: string): number | undefined {
  const parsed = Date.parse(value)
  return Number.isNaN(parsed) ? undefined : parsed
}

/**
 * True when `later` is after `earlier` (or the same moment, when `allowSame`).
 * Missing or unreadable dates count as in order: other rules ask for them.
 */
export function datesInOrder(
  earlier: string | undefined | null,
  later: string | undefined | null,
  { allowSame }: { allowSame: boolean },
): boolean {
  if (!earlier || !later) return true
  const start = time(earlier)
  const end = time(later)
  if (start === undefined || end === undefined) return true
  return allowSame ? end >= start : end > start
}

/** Today's date as YYYY-MM-DD (UTC), the form a date field holds. */
export function isoDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10)
}

const DAY = 24 * 60 * 60 * 1000
/** How many days' notice an editor gets before a story's consent runs out. */
export const CONSENT_NOTICE_DAYS = 30

/**
 * A warning when a story's consent has run out or runs out within 30 days of
 * `today` (YYYY-MM-DD); undefined otherwise.
 */
export function consentExpiryWarning(expiresOn: string | undefined | null, today: string): string | undefined {
  if (!expiresOn) return undefined
  const end = time(expiresOn)
  const now = time(today)
  if (end === undefined || now === undefined) return undefined
  const daysLeft = Math.round((end - now) / DAY)
  if (daysLeft < 0) {
    return `Consent ran out on ${expiresOn}, so the story is no longer shown. Renew the consent with the person, or leave it off the site.`
  }
  if (daysLeft === 0) return 'Consent runs out today. Renew it with the person to keep the story on the site.'
  if (daysLeft <= CONSENT_NOTICE_DAYS) {
    return `Consent runs out in ${daysLeft} day${daysLeft === 1 ? '' : 's'} (${expiresOn}). Renew it with the person to keep the story on the site.`
  }
  return undefined
}
