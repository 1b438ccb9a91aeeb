// What campaign staff should look at, as GROQ filters (the part inside *[...]):
// the Studio's "Needs attention" lists run them, and tests run them with groq-js.
// Parameters come from attentionParams() in params.ts.

/** The types editors write: a forgotten draft of any of them is worth a look. */
const CONTENT_TYPES = `["update", "ask", "story", "milestone", "nation", "campaign", "siteSettings"]`

/**
 * A story "Withdraw consent" has erased: kept only as its consent record, never to be
 * published, so no list asks staff to renew, publish or throw it away.
 */
const NOT_WITHDRAWN_RECORD = `!defined(consent.withdrawnAt)`

/** Stories whose consent has expired, or expires within 30 days: renew it or take the story down. */
export const consentEndingFilter = `_type == "story" && defined(consent.expiresOn) && consent.expiresOn <= $soon && ${NOT_WITHDRAWN_RECORD}`

/** Asks with no progress note (a progress row with a note) dated in the last 90 days. */
export const quietAskFilter = `_type == "ask" && count(coalesce(progress, [])[date >= $ninetyDaysAgo && defined(note) && note != ""]) == 0`

/** Asks whose next review date has passed: check the facts and evidence, then set the review dates again. */
export const reviewOverdueFilter = `_type == "ask" && defined(nextReview) && nextReview < $today`

/**
 * Drafts no one has touched for 14 days: publish them or throw them away (but not a
 * withdrawn story's record, which is a draft on purpose). The
 * Studio's lists query through the drafts perspective, where a draft keeps its
 * own id only in `_originalId`; a raw query sees it in `_id`.
 */
export const staleDraftFilter = `(_id in path("drafts.**") || _originalId in path("drafts.**")) && _type in ${CONTENT_TYPES} && dateTime(_updatedAt) < dateTime($fourteenDaysAgo) && ${NOT_WITHDRAWN_RECORD}`

/** Updates with no summary: lists, feeds, search results and link previews need one. */
export const updateWithoutSummaryFilter = `_type == "update" && (!defined(summary) || summary == "")`

/** Updates with a publishedAt still to come: the site holds them back until then. */
export const scheduledUpdateFilter = `_type == "update" && dateTime(publishedAt) > dateTime($now)`

/**
 * Welsh versions whose English version changed after them: the Welsh may now say
 * something the English no longer does. The English is found through the
 * translations plugin's metadata document; the Welsh singletons, pinned at fixed
 * ids, are paired by id as well.
 */
export const welshBehindFilter = `language == "cy" && (
  dateTime(*[_type == "translation.metadata" && references(^._id)][0].translations[language == "en"][0].value->_updatedAt) > dateTime(_updatedAt)
  || (_id == "campaign-cy" && dateTime(*[_id == "campaign"][0]._updatedAt) > dateTime(_updatedAt))
  || (_id == "siteSettings-cy" && dateTime(*[_id == "siteSettings"][0]._updatedAt) > dateTime(_updatedAt))
)`

/** The "Needs attention" lists, in the order staff see them. */
export const attentionLists = [
  { id: 'consent-ending', title: 'Story consent ending or expired', filter: consentEndingFilter, ordering: [{ field: 'consent.expiresOn', direction: 'asc' as const }] },
  { id: 'quiet-asks', title: 'Asks with no progress note in 90 days', filter: quietAskFilter, ordering: [{ field: 'order', direction: 'asc' as const }] },
  { id: 'review-overdue', title: 'Asks past their next review date', filter: reviewOverdueFilter, ordering: [{ field: 'nextReview', direction: 'asc' as const }] },
  { id: 'stale-drafts', title: 'Drafts untouched for 14 days', filter: staleDraftFilter, ordering: [{ field: '_updatedAt', direction: 'asc' as const }] },
  { id: 'no-summary', title: 'Updates with no summary', filter: updateWithoutSummaryFilter, ordering: [{ field: 'publishedAt', direction: 'desc' as const }] },
  { id: 'welsh-behind', title: 'Welsh versions older than their English', filter: welshBehindFilter, ordering: [{ field: '_updatedAt', direction: 'asc' as const }] },
] as const
