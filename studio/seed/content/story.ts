import { imageWithAlt, type ImageFields } from '../image.ts'
import { refs } from '../references.ts'
import type { RichTextItem } from '../portable-text.ts'
import { slug, type SeedDocument } from './document.ts'
import { askIds } from './ids.ts'

type Channel = 'site' | 'feeds' | 'social'

interface StoryFields {
  slug: string
  title: string
  naming: 'full-name' | 'first-name' | 'anonymous'
  fullName?: string
  age?: number
  place?: string
  summary: string
  body: RichTextItem[]
  portrait?: { artwork: string } & ImageFields
  contentNote?: string
  asks?: (keyof typeof askIds)[]
  consent: { givenOn: string; expiresOn?: string; withdrawn?: boolean; channels: Channel[] }
  _createdAt: string
  _updatedAt?: string
}

/** A supporter `story`; its id is `story-<slug>`. */
export function story({ slug: current, portrait, asks = [], ...fields }: StoryFields): SeedDocument {
  const { artwork, ...portraitFields } = portrait ?? { artwork: '' }
  return {
    _id: `story-${current}`,
    _type: 'story',
    slug: slug(current),
    ...fields,
    ...(portrait ? { portrait: imageWithAlt(artwork, portraitFields as ImageFields) } : {}),
    ...(asks.length ? { relatedAsks: refs(...asks.map((a) => askIds[a])) } : {}),
  }
}
