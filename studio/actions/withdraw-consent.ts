import { isErasedStory } from '@campaign/schemas/withdrawal'
import { useToast, type ToastParams } from '@sanity/ui/toast'
import { useState } from 'react'
import { useClient, useCurrentUser, type DocumentActionComponent } from 'sanity'
import { withdrawConsent } from './withdrawal.ts'

const API_VERSION = '2025-02-19'

/** The words staff read before anything is erased. */
export const CONFIRM_MESSAGE =
  'This takes the story off the website and out of the feeds at the next build, within the hour. ' +
  'It also erases, for good, the person\'s name, age, where they live, their photo and the story itself. ' +
  'We keep only the headline, the consent dates, and a note that you withdrew it today. ' +
  'This cannot be undone: to share the story again, the person would need to give consent again and it would be written afresh.'

/** What staff are told once it is done: a toast, which outlives the action (gone from the menu once the story is erased). */
export function withdrawalOutcome(todo: readonly string[]): ToastParams {
  return todo.length
    ? { status: 'warning', title: 'Consent withdrawn: something is left to do', description: todo.join(' '), closable: true, duration: 60_000 }
    : { status: 'success', title: 'Consent withdrawn', description: 'The story is unpublished and the person\'s details are erased.', closable: true, duration: 15_000 }
}

/** "Withdraw consent" on a story: asks first, then unpublishes and erases (see withdrawal.ts). */
export const WithdrawConsentAction: DocumentActionComponent = ({ id, draft, published, onComplete }) => {
  const client = useClient({ apiVersion: API_VERSION })
  const user = useCurrentUser()
  const toast = useToast()
  const [confirming, setConfirming] = useState(false)
  const [working, setWorking] = useState(false)
  const current = draft ?? published
  // Once erased, the story is only its record (actions/withdrawn-record.ts): nothing left to withdraw.
  if (isErasedStory(current) && !published && !working) return null

  return {
    label: working ? 'Withdrawing consent…' : 'Withdraw consent',
    tone: 'critical',
    disabled: !current || working,
    title: 'Unpublish this story and erase the person\'s details',
    onHandle: () => setConfirming(true),
    dialog: confirming && {
      type: 'confirm',
      tone: 'critical',
      message: CONFIRM_MESSAGE,
      confirmButtonText: 'Withdraw consent and erase',
      cancelButtonText: 'Keep the story',
      onCancel: () => setConfirming(false),
      onConfirm: () => {
        setConfirming(false)
        setWorking(true)
        onComplete()
        const by = user?.name || user?.email || user?.id || 'unknown'
        withdrawConsent(client, { id, draft: draft as never, published: published as never, by, at: new Date() })
          .then((todo) => toast.push(withdrawalOutcome(todo)))
          .catch((error: Error) => toast.push({ status: 'error', title: 'Nothing was changed', description: error.message, closable: true, duration: 60_000 }))
          .finally(() => setWorking(false))
      },
    },
  }
}
WithdrawConsentAction.displayName = 'WithdrawConsentAction'
