import { dictionary, localPath } from '../../i18n/index.ts'
import type { Language } from '../../i18n/languages.ts'
import type { DocumentLink, Story } from '../model.ts'
import type { ContentProblem } from '../problems.ts'
import { consentCovers, ukDate } from '../publication.ts'
import { storySchema, type StoryResult } from '../schemas.ts'
import type { StepContext } from './context.ts'
import { validateMany } from './validate.ts'

type RawStory = { _id?: unknown; language?: unknown; consent?: { withdrawn?: unknown; expiresOn?: unknown } | null }

export interface ValidStories {
  stories: StoryResult[]
  /** Stories whose consent ended: never shown, and never a problem. */
  ended: { _id: string; language: Language }[]
}

/**
 * A story whose consent has ended (withdrawn, or past its expiry date) is simply not
 * shown: it is never a problem, however incomplete its other fields, so a takedown
 * never waits on a fix. Every other story is validated in full.
 */
export function validateStories(value: unknown, now: Date, problems: ContentProblem[]): ValidStories {
  if (!Array.isArray(value)) return { stories: validateMany(storySchema, value, problems), ended: [] }
  const today = ukDate(now)
  const hasEnded = (doc: RawStory) => {
    const consent = doc?.consent
    if (consent?.withdrawn === true) return true
    return typeof consent?.expiresOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(consent.expiresOn) && consent.expiresOn <= today
  }
  const ended = (value as RawStory[]).filter(hasEnded).map((doc) => ({ _id: String(doc._id), language: doc.language as Language }))
  return { stories: validateMany(storySchema, (value as RawStory[]).filter((doc) => !hasEnded(doc)), problems), ended }
}

/** A story's address must not name a person who chose to be anonymous (the query answers yes or no). */
export function checkStorySlugs(docs: readonly StoryResult[], ctx: StepContext) {
  for (const story of docs) {
    if (story.slugNamesPerson) ctx.problem(story, 'slug', 'contains the name of a person who chose to be anonymous')
  }
}

export interface StoriesStep {
  /** Stories whose consent covers the site. */
  stories: Story[]
  /** Stories whose consent covers feeds. */
  feedStories: Story[]
}

export function buildStories(docs: readonly StoryResult[], ctx: StepContext, askLinks: Map<string, DocumentLink>): StoriesStep {
  const toStory = (s: StoryResult): Story => ({
    id: s._id,
    slug: s.slug,
    path: localPath(s.language, `/stories/${s.slug}/`),
    language: s.language,
    alternates: [],
    title: s.title,
    addedAt: s.createdAt ?? null,
    naming: s.naming,
    // The query gave the name as it may be shown; anonymous is said in the page's language.
    displayName: s.naming === 'anonymous' ? dictionary(s.language).labels.anonymous : s.displayName!.trim(),
    age: s.age ?? null,
    place: s.place ?? null,
    summary: s.summary ?? null,
    body: s.body,
    portrait: ctx.image(s.portrait),
    contentNote: s.contentNote?.trim() || null,
    asks: ctx.link(s, 'relatedAsks', s.relatedAskIds, askLinks, 'ask'),
    onSite: consentCovers(s, 'site', ctx.now),
  })
  return {
    stories: docs.filter((s) => consentCovers(s, 'site', ctx.now)).map(toStory),
    feedStories: docs.filter((s) => consentCovers(s, 'feeds', ctx.now)).map(toStory),
  }
}
