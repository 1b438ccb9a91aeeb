import { askIds } from './ids.ts'

type AskId = (typeof askIds)[keyof typeof askIds]

/**
 * When each ask's facts and evidence were last checked, and are next due a check:
 * the same in English and Welsh (the Welsh is a translation of the same facts).
 * Each next review is within three years of the last, as the Studio requires; the
 * data ask is looked at again sooner, because new national data was due.
 */
export const askReviews: Record<AskId, { lastReviewed: string; nextReview: string }> = {
  [askIds.promptDiagnosis]: { lastReviewed: '2020-02-24', nextReview: '2021-02-24' },
  [askIds.nurseSpecialists]: { lastReviewed: '2020-02-24', nextReview: '2021-02-24' },
  [askIds.treatment]: { lastReviewed: '2020-01-30', nextReview: '2021-01-30' },
  [askIds.data]: { lastReviewed: '2020-03-02', nextReview: '2020-09-01' },
  [askIds.nhsPlans]: { lastReviewed: '2020-01-30', nextReview: '2022-01-30' },
}
