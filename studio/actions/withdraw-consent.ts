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

/** "Withdraw consent" on a story: asks first, then unpublishes and erases (see withdrawal.ts). */
export const WithdrawConsentAction: DocumentActionComponent = ({ id, draft, published, onComplete }) => {
  const client = useClient({ apiVersion: API_VERSION })
  const user = useCurrentUser()
  const [confirming, setConfirming] = useState(false)
  const [working, setWorking] = useState(false)
  const [outcome, setOutcome] = useState<string | null>(null)
  const current = draft ?? published
  const erased = Boolean((current?.consent as { withdrawnAt?: string } | undefined)?.withdrawnAt) && !published

  return {
    label: working ? 'Withdrawing consent…' : 'Withdraw consent',
    tone: 'critical',
    disabled: !current || working || erased,
    title: erased ? 'Consent was withdrawn and the story erased.' : 'Unpublish this story and erase the person\'s details',
    onHandle: () => setConfirming(true),
    dialog: outcome
      ? { type: 'popover', content: outcome, onClose: () => (setOutcome(null), onComplete()) }
      : confirming && {
          type: 'confirm',
          tone: 'critical',
          message: CONFIRM_MESSAGE,
          confirmButtonText: 'Withdraw consent and erase',
          cancelButtonText: 'Keep the story',
          onCancel: () => setConfirming(false),
          onConfirm: () => {
            setConfirming(false)
            setWorking(true)
            const by = user?.name || user?.email || user?.id || 'unknown'
            withdrawConsent(client, { id, draft: draft as never, published: published as never, by, at: new Date() })
              .then((todo) => setOutcome(todo.length ? `Consent withdrawn and details erased. ${todo.join(' ')}` : 'Consent withdrawn: the story is unpublished and the person\'s details are erased.'))
              .catch((error: Error) => setOutcome(`Nothing was changed: ${error.message}`))
              .finally(() => setWorking(false))
          },
        },
  }
}
WithdrawConsentAction.displayName = 'WithdrawConsentAction'
