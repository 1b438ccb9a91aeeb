// Review dates on health content (the NHS service manual's "Page last reviewed" and
// "Next review due"; the PIF TICK asks for them too). Dates arrive as "YYYY-MM-DD".
import { datesInOrder } from './dates.ts'

/** The longest a page may go between reviews. */
export const REVIEW_YEARS = 3

/** The same day `years` later ("2026-03-03" -> "2029-03-03"; 29 February becomes 1 March). */
export function yearsAfter(date: string, years: number): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) return undefined
  const later = new Date(Date.UTC(Number(match[1]) + years, Number(match[2]) - 1, Number(match[3])))
  return later.toISOString().slice(0, 10)
}

/** On "Last reviewed": a next review is counted from it. */
export function lastReviewedProblem(lastReviewed: string | undefined | null, nextReview: string | undefined | null): string | undefined {
  return nextReview && !lastReviewed ? 'Say when the page was last reviewed: the next review is counted from it.' : undefined
}

/** On "Next review due": after the last review, and no more than three years after it. */
export function nextReviewProblem(lastReviewed: string | undefined | null, nextReview: string | undefined | null): string | undefined {
  if (!lastReviewed) return undefined
  if (!nextReview) return 'Say when the page is next due for review (within three years of the last review).'
  if (!datesInOrder(lastReviewed, nextReview, { allowSame: false })) return 'The next review must come after the last one.'
  const latest = yearsAfter(lastReviewed, REVIEW_YEARS)
  if (latest && nextReview > latest) return `Review the page within three years of the last review: by ${latest} at the latest.`
  return undefined
}
