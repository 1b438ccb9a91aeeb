import type { DocumentLink, Story } from '../model.ts'
import { consentCovers } from '../publication.ts'
import type { StoryResult } from '../schemas.ts'
import type { StepContext } from './context.ts'
import { dictionary, localPath } from '../../i18n/index.ts'

const storyName = (s: StoryResult): string => {
  if (s.naming === 'anonymous' || !s.fullName) return dictionary(s.language).labels.anonymous
  return s.naming === 'first-name' ? s.fullName.trim().split(/\s+/)[0]! : s.fullName.trim()
}

function slugNames(slug: string, fullName: string): boolean {
  return fullName
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((part) => part.length > 1 && slug.split('-').includes(part))
}

/** A story's address must not name a person who chose to be anonymous. */
export function checkStorySlugs(docs: readonly StoryResult[], ctx: StepContext) {
  for (const story of docs) {
    if (story.naming === 'anonymous' && story.fullName && slugNames(story.slug, story.fullName)) {
      ctx.problem(story, 'slug', 'contains the name of a person who chose to be anonymous')
    }
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
    displayName: storyName(s),
    age: s.age ?? null,
    place: s.place ?? null,
    summary: s.summary ?? null,
    body: s.body,
    portrait: ctx.image(s.portrait),
    contentNote: s.contentNote?.trim() || null,
    asks: ctx.link(s, 'relatedAsks', s.relatedAskIds, askLinks, 'ask'),
    channels: s.consent.channels,
  })
  return {
    stories: docs.filter((s) => consentCovers(s, 'site', ctx.now)).map(toStory),
    feedStories: docs.filter((s) => consentCovers(s, 'feeds', ctx.now)).map(toStory),
  }
}
