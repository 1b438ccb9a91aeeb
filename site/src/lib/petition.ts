import type { Campaign } from '../content/index.ts'
import { longDate, timeOfDay } from './dates.ts'
import { dictionary, type Language } from '../i18n/index.ts'

export type Petition = NonNullable<Campaign['petition']>

export interface PetitionTally {
  online: number
  paper: number
  total: number
  /** The next target, when there is one still ahead of the total. */
  target: number | null
  /** Signatures still needed to reach the target. */
  toGo: number
  /** Share of the target reached, 0–100, for the decorative bar. */
  percent: number
}

/** Online (as the build counted them) and paper signatures together, measured against the next milestone. */
export function tally(petition: Petition): PetitionTally {
  const online = petition.count.online
  const paper = petition.paperSignatures ?? 0
  const total = online + paper
  const target = petition.nextMilestone && petition.nextMilestone > total ? petition.nextMilestone : null
  return {
    online,
    paper,
    total,
    target,
    toGo: target ? target - total : 0,
    percent: target ? Math.floor((total / target) * 100) : 100,
  }
}

const NUMBER: Record<Language, Intl.NumberFormat> = { en: new Intl.NumberFormat('en-GB'), cy: new Intl.NumberFormat('cy') }

/** 61342 -> "61,342" (Welsh groups thousands with a comma too) */
export const count = (n: number, language: Language = 'en'): string => NUMBER[language].format(n)

/**
 * When and where the count was taken, as a phrase after "Counted":
 * "at 09:07 on 1 December 2026 from petition.parliament.uk", or "on 2 March 2020"
 * for the count the campaign stored.
 */
export function countedPhrase(count: Pick<Petition['count'], 'countedAt' | 'countedBy'>, language: Language = 'en'): { when: string; from: string | null } {
  const words = dictionary(language).petition
  const date = longDate(count.countedAt, language)
  if (!count.countedBy) return { when: words.countedOn(date), from: null }
  return { when: words.countedAt(timeOfDay(count.countedAt), date), from: words.from(count.countedBy) }
}
