// What staff can do with a story "Withdraw consent" has erased: nothing but delete
// it, once the charity no longer needs the record. Publish, duplicate, restore and
// the site links are gone; in Publish's place a greyed-out "Consent withdrawn" says
// why. The Studio's document actions cannot look at the document when they are
// chosen, so each one is wrapped and looks when it runs.
import { isErasedStory } from '@campaign/schemas/withdrawal'
import type { DocumentActionComponent, DocumentActionProps } from 'sanity'

/** The Studio's own actions a withdrawn story's record keeps. */
const KEPT_ACTIONS: ReadonlySet<string> = new Set(['delete'])

export const isWithdrawnRecord = ({ draft, published }: Pick<DocumentActionProps, 'draft' | 'published'>) => isErasedStory(draft ?? published)

/** Stands where Publish would be, on a withdrawn story's record only. */
export const ConsentWithdrawnAction: DocumentActionComponent = (props) =>
  isWithdrawnRecord(props)
    ? {
        label: 'Consent withdrawn',
        disabled: true,
        title: 'This story\'s consent was withdrawn and the person\'s details erased, so it can never be published again. Delete it from the menu once the charity no longer needs the record.',
      }
    : null
ConsentWithdrawnAction.displayName = 'ConsentWithdrawnAction'

/**
 * Each action's guarded form, made once. The Studio asks for a document's actions again
 * as it loads, and keeps each action's state (an open confirm box) by the action's
 * identity: a new wrapper each time would start the action afresh, and close its box.
 */
const guardedActions = new WeakMap<DocumentActionComponent, DocumentActionComponent>()

/** The action as it was, except on a withdrawn story's record, where it is not offered. */
function unlessWithdrawn(action: DocumentActionComponent): DocumentActionComponent {
  const known = guardedActions.get(action)
  if (known) return known
  const guarded: DocumentActionComponent = (props) => {
    // Run it every time: an action is a React hook, and its hooks must run on every render.
    const description = action(props)
    return isWithdrawnRecord(props) ? null : description
  }
  guarded.action = action.action
  guarded.displayName = `UnlessWithdrawn(${action.displayName ?? action.name})`
  guardedActions.set(action, guarded)
  return guarded
}

/**
 * A story's actions, limited on a withdrawn story's record. `selfGuarded` are
 * actions that decide for themselves (Withdraw consent, which stays, greyed out as
 * "Withdrawing consent…", until its last step is done).
 */
export function withdrawnRecordActions(actions: readonly DocumentActionComponent[], selfGuarded: readonly DocumentActionComponent[] = []): DocumentActionComponent[] {
  const kept = (action: DocumentActionComponent) => (action.action !== undefined && KEPT_ACTIONS.has(action.action)) || selfGuarded.includes(action)
  return [ConsentWithdrawnAction, ...actions.map((action) => (kept(action) ? action : unlessWithdrawn(action)))]
}
