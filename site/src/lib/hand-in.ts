import { daysUntil, longDate } from './dates.ts'
import type { Petition } from './petition.ts'

/**
 * The hand-in as one plain sentence, fixed at build time from the build's clock:
 * "…to be handed in on 3 March 2020, in 12 days, to …" before the day,
 * "…handed in on 3 March 2020 to …" after it.
 */
export function handInSentence(petition: Petition, now: Date): string | null {
  if (!petition.handInDate) return null
  const date = longDate(petition.handInDate)
  const to = petition.handInTo?.trim()
  const days = daysUntil(petition.handInDate, now)
  if (days < 0) return `The petition was handed in on ${date}${to ? ` to ${to}` : ''}.`
  const when = days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`
  return `The petition is to be handed in on ${date}, ${when}${to ? `, to ${to}` : ''}.`
}
