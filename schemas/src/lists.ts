// The fixed choices editors pick from, with the words the Studio (and the site)
// shows for each stored value. No Sanity import: the site can use these too.

interface Choice {
  readonly title: string
  readonly value: string
}

export const askStatuses = [
  { title: 'Not raised', value: 'not-raised' },
  { title: 'Raised', value: 'raised' },
  { title: 'Meeting requested', value: 'meeting-requested' },
  { title: 'Meeting held', value: 'meeting-held' },
  { title: 'Commitment made', value: 'commitment-made' },
  { title: 'Delivered', value: 'delivered' },
] as const satisfies readonly Choice[]
export type AskStatus = (typeof askStatuses)[number]['value']

export const updateKinds = [
  { title: 'Campaign news', value: 'campaign-news' },
  { title: 'Research', value: 'research' },
  { title: 'Consultation response', value: 'consultation-response' },
  { title: 'Event', value: 'event' },
] as const satisfies readonly Choice[]
export type UpdateKind = (typeof updateKinds)[number]['value']

export const storyNamings = [
  { title: 'Full name', value: 'full-name' },
  { title: 'First name only', value: 'first-name' },
  { title: 'Anonymous', value: 'anonymous' },
] as const satisfies readonly Choice[]
export type StoryNaming = (typeof storyNamings)[number]['value']

export const storyChannels = [
  { title: 'Website', value: 'site' },
  { title: 'Feeds (RSS and JSON Feed)', value: 'feeds' },
  { title: 'Social media', value: 'social' },
] as const satisfies readonly Choice[]
export type StoryChannel = (typeof storyChannels)[number]['value']

export const milestoneKinds = [
  { title: 'Launch', value: 'launch' },
  { title: 'Meeting', value: 'meeting' },
  { title: 'Petition hand-in', value: 'petition-hand-in' },
  { title: 'Response', value: 'response' },
  { title: 'Data publication', value: 'data-publication' },
  { title: 'Other', value: 'other' },
] as const satisfies readonly Choice[]
export type MilestoneKind = (typeof milestoneKinds)[number]['value']

export const calloutTones = [
  { title: 'Information', value: 'info' },
  { title: 'Warning', value: 'warning' },
] as const satisfies readonly Choice[]
export type CalloutTone = (typeof calloutTones)[number]['value']

/** The title shown for a stored value, or the value itself if it is not in the list. */
export function choiceTitle(choices: readonly Choice[], value: string | undefined | null): string | undefined {
  if (!value) return undefined
  return choices.find((choice) => choice.value === value)?.title ?? value
}

/** A mutable copy for Sanity's `options.list`. */
export function optionsList(choices: readonly Choice[]): { title: string; value: string }[] {
  return choices.map(({ title, value }) => ({ title, value }))
}
