import { daysUntil, longDate } from './dates.ts'
import { dictionary, type Language } from '../i18n/index.ts'
import type { Petition } from './petition.ts'

/**
 * The hand-in as one plain sentence, fixed at build time from the build's clock:
 * "…to be handed in on 3 March 2020, in 12 days, to …" before the day,
 * "…handed in on 3 March 2020 to …" after it.
 */
export function handInSentence(petition: Petition, now: Date, language: Language = 'en'): string | null {
  if (!petition.handInDate) return null
  const words = dictionary(language).petition
  const date = longDate(petition.handInDate, language)
  const to = petition.handInTo?.trim() || null
  const days = daysUntil(petition.handInDate, now)
  if (days < 0) return words.handedIn(date, to)
  const when = days === 0 ? words.today : days === 1 ? words.tomorrow : words.inDays(days)
  return words.toBeHandedIn(date, when, to)
}
