// The rules behind the Studio's field validation, as plain functions: the
// Studio calls them, and so can tests, the site and the dataset checks.
export { actionRule, hrefProblem, linkRule, secureRule, webRule, type UrlRule } from './urls.ts'
export { CONSENT_NOTICE_DAYS, consentExpiryWarning, datesInOrder, isoDate } from './dates.ts'
export { anonymousSlugProblem, slugify, slugProblem } from './slugs.ts'
export { emptySummaryWarning, neededWith } from './text.ts'
export { altTextProblem } from './images.ts'
export { anonymousNameWarning, fullNameProblem, noChannelsWarning } from './stories.ts'
export { nextMilestoneProblem } from './petition.ts'
export { repeatedNationProblem } from './progress.ts'
export { talkingPointProblem, wonDateProblem } from './outcome.ts'
export { lastReviewedProblem, nextReviewProblem, REVIEW_YEARS, yearsAfter } from './review.ts'
