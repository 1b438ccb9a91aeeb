import type { SiteImage } from './images.ts'
import type { MilestoneKind, ProgressStatus, StoryNaming, UpdateKind } from './vocabulary.ts'
import type { ContentProblem } from './problems.ts'
import type { ImageOrigin } from './source/types.ts'
import type { CampaignResult, SiteSettingsResult, SourceResult } from './schemas.ts'
import type { Language } from '../i18n/languages.ts'

export type { Language }

/**
 * What pages and feeds receive: validated, joined and filtered, so no page needs to
 * know about drafts, consent or references. Links between documents are small
 * `…Link` objects, never the whole document, so the graph stays a tree.
 */

export interface DocumentLink {
  id: string
  title: string
  path: string
  /** The language of what the link leads to: a Welsh page links to English where nothing is translated. */
  language: Language
}

/** The same page in another language. */
export interface Alternate {
  language: Language
  path: string
}

/** What every document with a page carries: its language, and its versions in the other languages. */
export interface Translatable {
  language: Language
  /** Published versions of this document in other languages, as pages. */
  alternates: Alternate[]
}

export type RichText = readonly unknown[]

export type Settings = SiteSettingsResult
type StoredPetition = NonNullable<CampaignResult['petition']>
export type Campaign = Omit<CampaignResult, 'heroImage' | 'petition'> & {
  heroImage: SiteImage | null
  /** The petition as stored, with the count the build took (from the platform when it answered). */
  petition: (StoredPetition & { count: PetitionCount; breakdown?: SignatureBreakdown | null }) | null
}

/** The four nations, by the slugs the content model gives their nation documents. */
export type NationKey = 'england' | 'scotland' | 'wales' | 'northern-ireland'

/**
 * Where the petition's signatures come from, as the platform counted them
 * (content/petition-breakdown.ts). Null when the platform gives none (a rejected
 * petition) or did not answer: pages then leave these parts out.
 */
export interface SignatureBreakdown {
  /** A date-time when read from the platform; the stored date otherwise. */
  countedAt: string
  /** The platform's host name; null for a breakdown stored with the campaign. */
  countedBy: string | null
  /** Whose constituencies: Westminster's (with MPs) or the Senedd's (Welsh only, no members named). */
  constituencyKind: 'westminster' | 'senedd'
  /** Nations with a count, in the order England, Scotland, Wales, Northern Ireland. */
  nations: { nation: NationKey; signatures: number }[]
  /** The platform's regions: England's nine, and Scotland, Wales and Northern Ireland as their own (the Senedd's five electoral regions for a Senedd petition). */
  regions: PlaceCount[]
  constituencies: ConstituencyCount[]
  /** Signatures from outside the UK, when the platform counts by country. */
  outsideUk: number | null
}

export interface PlaceCount {
  name: string
  /** The platform's code: ONS codes for constituencies, the platform's own for regions. */
  code: string | null
  /** Null for a constituency whose code names no nation. */
  nation: NationKey | null
  signatures: number
}

export interface ConstituencyCount extends PlaceCount {
  /** The constituency's MP as the platform names them; null between a dissolution and the new Parliament, and for Senedd constituencies. */
  mp: string | null
}

/** The online count a page shows, and when and where it was taken. */
export interface PetitionCount {
  online: number
  /** A date-time when read from the platform; the stored date (YYYY-MM-DD) otherwise. */
  countedAt: string
  /** The platform's host name, e.g. "petition.parliament.uk"; null for the stored count. */
  countedBy: string | null
  platform: PetitionPlatform | null
}

/** What a petition platform says beyond the count, for the "petition progress" list. */
export interface PetitionPlatform {
  pageUrl: string
  state: string | null
  openedAt: string | null
  closedAt: string | null
  responseThresholdReachedAt: string | null
  debateThresholdReachedAt: string | null
  scheduledDebateDate: string | null
  governmentResponse: { summary: string; respondedOn: string | null } | null
  debate: { debatedOn: string; overview: string | null; transcriptUrl: string | null; videoUrl: string | null } | null
}
export type Source = SourceResult

export interface Nation extends Translatable {
  id: string
  slug: string
  path: string
  name: string
  government: string | null
  healthMinister: { name: string | null; role: string | null } | null
}

export interface NationProgress {
  nation: Nation
  status: ProgressStatus
  statusLabel: string
  ministerMet: string | null
  date: string | null
  note: string | null
  source: Source | null
}

export interface Ask extends Translatable {
  id: string
  slug: string
  path: string
  feedPath: string
  title: string
  summary: string | null
  body: RichText
  order: number
  evidence: Source[]
  /** One row a nation, in nation order; a nation with no entry yet reads "Not raised yet". */
  progress: NationProgress[]
  /** "What to say": short points for a letter to a representative. */
  talkingPoints: string[]
  /** Set once the ask is won. */
  outcome: AskOutcome | null
  /** When its facts and evidence were last checked, and are next due a check (YYYY-MM-DD; both or neither). */
  lastReviewed: string | null
  nextReview: string | null
  updates: DocumentLink[]
  stories: DocumentLink[]
}

export interface AskOutcome {
  wonOn: string
  /** The update that reports the win, once published. */
  report: DocumentLink | null
}

export interface Update extends Translatable {
  id: string
  slug: string
  path: string
  title: string
  publishedAt: string
  updatedAt: string | null
  kind: UpdateKind
  kindLabel: string
  summary: string | null
  body: RichText
  heroImage: SiteImage | null
  asks: DocumentLink[]
  nations: DocumentLink[]
}

export interface Story extends Translatable {
  id: string
  slug: string
  path: string
  title: string
  /** When the story was added (the document's creation), for feeds; absent in some hand-made datasets. */
  addedAt: string | null
  naming: StoryNaming
  /** The name exactly as the person consented to be named. */
  displayName: string
  age: number | null
  place: string | null
  summary: string | null
  body: RichText
  portrait: SiteImage | null
  contentNote: string | null
  asks: DocumentLink[]
  /** Whether consent covers the site, so a feed knows if the story has a page. The consent record itself stays in the content layer. */
  onSite: boolean
}

export interface Milestone {
  id: string
  language: Language
  title: string
  date: string
  kind: MilestoneKind
  kindLabel: string
  outcome: string | null
  nation: DocumentLink | null
  /** The update that reports it, once that update is published. */
  report: DocumentLink | null
}

/** Which source a build read, as /build.json says it: no token, no local path. */
export type BuildSource = { kind: 'sanity'; projectId: string; dataset: string } | { kind: 'dataset-file' }

export interface SiteContent {
  /**
   * The language of this edition of the site. Its lists hold its own documents
   * and, where a document has no version in this language, the English one
   * (each item says its language).
   */
  language: Language
  /** The languages the site is built in: English, and Welsh once a Welsh campaign document is published. */
  languages: Language[]
  /** The site in another of its languages. */
  edition(language: Language): SiteContent
  /** Which source the build read, for the build log. */
  source: string
  origin: BuildSource
  /** The build's clock: what is scheduled after it is held back. */
  now: Date
  siteUrl: URL
  settings: Settings
  campaign: Campaign
  nations: Nation[]
  asks: Ask[]
  /** Published updates, newest first. */
  updates: Update[]
  /** Stories whose consent covers the site. */
  stories: Story[]
  /** Stories whose consent covers feeds. */
  feedStories: Story[]
  /** Newest first. */
  milestones: Milestone[]
  /** Image assets the published content uses, and where their files are (a dataset-file build resizes these). */
  imageAssets: string[]
  imageOrigin: ImageOrigin
  /** Documents left out for their problems (CONTENT_PROBLEMS=leave-out); empty otherwise. */
  leftOut: ContentProblem[]
  warnings: string[]
  /** Portable Text to escaped HTML; `absolute` for feeds. */
  renderRichText(blocks: RichText, options?: { absolute?: boolean }): string
}
