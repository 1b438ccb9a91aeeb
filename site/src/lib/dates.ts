import type { Language } from '../i18n/languages.ts'

// en-CA formats as YYYY-MM-DD: the calendar date in London, whatever the machine's zone.
const ISO_DAY = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/London' })

/**
 * Welsh month names, spelled out: Cloudflare's Workers runtime (the hosted preview)
 * carries no Welsh calendar data and would write English. As Node's ICU writes them.
 */
const WELSH_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr']
const ENGLISH_LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' })

/** Dates as a UK reader expects them: "3 March 2020", in Welsh "3 Mawrth 2020". */
const LONG: Record<Language, (date: Date) => string> = {
  en: (date) => ENGLISH_LONG.format(date),
  cy: (date) => {
    const [year, month, day] = londonDay(date).split('-').map(Number)
    return `${day} ${WELSH_MONTHS[month! - 1]} ${year}`
  },
}

const toDate = (value: string | Date) =>
  typeof value === 'string' ? new Date(value.length === 10 ? `${value}T12:00:00Z` : value) : value

const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/London' })

/** The UK clock time of a moment: "09:07". */
export function timeOfDay(value: string | Date): string {
  return TIME.format(toDate(value))
}

export function longDate(value: string | Date, language: Language = 'en'): string {
  return LONG[language](toDate(value))
}

/** The calendar date (YYYY-MM-DD) in the UK at a moment. */
export function londonDay(moment: Date): string {
  return ISO_DAY.format(moment)
}

/** Whole calendar days from `now` (in the UK) to `day` (YYYY-MM-DD); negative once it has passed. */
export function daysUntil(day: string, now: Date): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${londonDay(now)}T00:00:00Z`)) / 86_400_000)
}

/** The year of a date or date-time, as UK readers count it. */
export function yearOf(value: string): string {
  return londonDay(toDate(value)).slice(0, 4)
}
