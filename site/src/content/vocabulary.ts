/**
 * The campaign's fixed lists. The stored values (and the Studio's words for them)
 * come from the content model, `@campaign/schemas/lists`, so the site and the
 * Studio can never disagree on what a value may be; where a reader needs other
 * words than an editor, they are set here.
 */
import { askStatuses, milestoneKinds, storyChannels, storyNamings, updateKinds } from '@campaign/schemas/lists'

type Labels<V extends string> = Record<V, string>
const labels = <V extends string>(choices: readonly { value: V; title: string }[], readerWords: Partial<Labels<V>> = {}) =>
  Object.fromEntries(choices.map((c) => [c.value, readerWords[c.value] ?? c.title])) as Labels<V>

export const UPDATE_KINDS = labels(updateKinds)
export const PROGRESS_STATUSES = labels(askStatuses, { 'not-raised': 'Not raised yet' })
export const MILESTONE_KINDS = labels(milestoneKinds, { other: 'Milestone' })
export const STORY_NAMINGS = storyNamings.map((c) => c.value)
export const CONSENT_CHANNELS = storyChannels.map((c) => c.value)

export type UpdateKind = keyof typeof UPDATE_KINDS
export type ProgressStatus = keyof typeof PROGRESS_STATUSES
export type MilestoneKind = keyof typeof MILESTONE_KINDS
export type StoryNaming = (typeof STORY_NAMINGS)[number]
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number]

export const keysOf = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]]
/** A list as the non-empty tuple zod's enum wants. */
export const tupleOf = <V extends string>(values: readonly V[]) => values as unknown as [V, ...V[]]
