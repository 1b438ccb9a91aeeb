/** The campaign's fixed lists, with the words a reader sees for each value. */

export const UPDATE_KINDS = {
  'campaign-news': 'Campaign news',
  research: 'Research',
  'consultation-response': 'Consultation response',
  event: 'Event',
} as const

export const PROGRESS_STATUSES = {
  'not-raised': 'Not raised yet',
  raised: 'Raised',
  'meeting-requested': 'Meeting requested',
  'meeting-held': 'Meeting held',
  'commitment-made': 'Commitment made',
  delivered: 'Delivered',
} as const

export const MILESTONE_KINDS = {
  launch: 'Launch',
  meeting: 'Meeting',
  'petition-hand-in': 'Petition hand-in',
  response: 'Response',
  'data-publication': 'Data publication',
  other: 'Milestone',
} as const

export const STORY_NAMINGS = ['full-name', 'first-name', 'anonymous'] as const

export const CONSENT_CHANNELS = ['site', 'feeds', 'social'] as const

export type UpdateKind = keyof typeof UPDATE_KINDS
export type ProgressStatus = keyof typeof PROGRESS_STATUSES
export type MilestoneKind = keyof typeof MILESTONE_KINDS
export type StoryNaming = (typeof STORY_NAMINGS)[number]
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number]

export const keysOf = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]]
