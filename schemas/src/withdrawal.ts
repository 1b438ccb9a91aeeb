// What "Withdraw consent" leaves of a story: a record that consent was withdrawn
// and honoured, with nothing about the person. The Studio's action erases these
// fields; the story type hides them, stops asking for them and makes the record
// read-only. No Sanity import, like lists.ts.

/** What identifies the person or says anything about their health: erased on withdrawal. */
export const ERASED_FIELDS = ['fullName', 'age', 'place', 'portrait', 'body', 'summary', 'contentNote', 'slug'] as const

export interface WithdrawalRecord {
  /** The day consent was withdrawn (UK calendar date, `YYYY-MM-DD`). */
  on?: string
  /** The member of staff who used "Withdraw consent". */
  by?: string
  /** When the person's details were erased (ISO date-time). */
  at: string
}

/** The withdrawal recorded on a story, or null for a story "Withdraw consent" has not erased. */
export function withdrawalRecord(document: unknown): WithdrawalRecord | null {
  const consent = (document as { consent?: Record<string, unknown> } | null | undefined)?.consent
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined)
  const at = text(consent?.withdrawnAt)
  if (!at) return null
  return { on: text(consent?.withdrawnOn), by: text(consent?.withdrawnBy), at }
}

/**
 * A story erased by "Withdraw consent" (it has `consent.withdrawnAt`). Ticking
 * "Consent withdrawn" by hand is not enough: that keeps the person's details, and
 * the story stays editable.
 */
export const isErasedStory = (document: unknown): boolean => withdrawalRecord(document) !== null
