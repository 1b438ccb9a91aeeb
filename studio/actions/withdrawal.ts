// What "Withdraw consent" does to a story, kept apart from the Studio's UI so a
// test can check the very mutations it sends.
import { ERASED_FIELDS } from '@campaign/schemas/withdrawal'
import type { SanityClient } from 'sanity'

// The story type hides these same fields on the record that is kept.
export { ERASED_FIELDS }

type StoryDocument = {
  _id: string
  _type: string
  consent?: Record<string, unknown>
  portrait?: { asset?: { _ref?: string } }
  [field: string]: unknown
}

/** What a Sanity client (the Studio's, or a test's) is asked to do: the Actions API. */
export type ActingClient = Pick<SanityClient, 'action'>

export interface Withdrawal {
  /** The published id, without `drafts.`. */
  id: string
  draft: StoryDocument | null
  published: StoryDocument | null
  /** The member of staff: their name as the Studio knows it. */
  by: string
  at: Date
}

/** A calendar date in UK time, as the consent dates are. */
const ukDate = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(at)

/** The story as it is kept for the record: headline, consent dates, who withdrew it and when; nothing else about the person. */
export function withdrawnStory({ id, draft, published, by, at }: Withdrawal): StoryDocument {
  const current = draft ?? published
  if (!current) throw new Error(`story ${id} has no draft or published version to withdraw`)
  const kept = Object.fromEntries(
    Object.entries(current).filter(([field]) => !(ERASED_FIELDS as readonly string[]).includes(field) && !field.startsWith('_')),
  )
  return {
    ...kept,
    _id: `drafts.${id}`,
    _type: current._type,
    consent: { ...current.consent, withdrawn: true, withdrawnOn: ukDate(at), withdrawnBy: by, withdrawnAt: at.toISOString() },
  }
}

/**
 * Unpublishes the story and erases the person's details:
 * 1. the published story and its draft are deleted with their history purged, so
 *    the Studio's history (and the History API) no longer holds what they said;
 * 2. a new draft holding only the record above is created;
 * 3. the photo's asset is deleted and purged too (its file then leaves Sanity's
 *    CDN), unless another document still uses it.
 * Step 1 happens before anything else, so a failure later never leaves the
 * person's details in place. Returns what staff still need to do, if anything.
 */
export async function withdrawConsent(client: ActingClient, withdrawal: Withdrawal): Promise<string[]> {
  const { id, draft, published } = withdrawal
  const record = withdrawnStory(withdrawal)
  const drafts = draft ? [`drafts.${id}`] : []
  await client.action(
    [
      published
        ? { actionType: 'sanity.action.document.delete', publishedId: id, includeDrafts: drafts, purge: true }
        : { actionType: 'sanity.action.document.discard', draftId: `drafts.${id}`, purge: true },
    ],
  )

  const todo: string[] = []
  try {
    await client.action([{ actionType: 'sanity.action.document.create', publishedId: id, attributes: record, ifExists: 'fail' }])
  } catch (error) {
    todo.push(`The person's details are erased, but the record of the withdrawal could not be saved (${(error as Error).message}): note the date and your name on the consent form.`)
  }
  const photos = new Set([draft, published].map((doc) => doc?.portrait?.asset?._ref).filter((ref): ref is string => Boolean(ref)))
  for (const asset of photos) {
    try {
      await client.action([{ actionType: 'sanity.action.document.delete', publishedId: asset, includeDrafts: [], purge: true }])
    } catch {
      todo.push(`The photo (${asset}) is still used by another document, so its file was kept: remove it there, then delete it from the media library.`)
    }
  }
  return todo
}
