import { imageWithAlt, type ImageFields } from '../image.ts'
import { refs } from '../references.ts'
import type { RichTextItem } from '../portable-text.ts'
import { slug, type SeedDocument } from './document.ts'
import { askIds, nationIds, updateIds, updateSlugs, type UpdateName } from './ids.ts'

type Kind = 'campaign-news' | 'research' | 'consultation-response' | 'event'

interface UpdateFields {
  title: string
  publishedAt: string
  updatedAt?: string
  kind: Kind
  summary: string
  body: RichTextItem[]
  hero?: { artwork: string } & ImageFields
  asks?: (keyof typeof askIds)[]
  nations?: (keyof typeof nationIds)[]
  _createdAt?: string
  _updatedAt?: string
}

/** An `update` document; its id and slug come from `updateSlugs`. */
export function update(name: UpdateName, { hero, asks = [], nations = [], ...fields }: UpdateFields): SeedDocument {
  return {
    _id: updateIds[name],
    _type: 'update',
    slug: slug(updateSlugs[name]),
    ...fields,
    ...(hero ? { heroImage: imageWithAlt(hero.artwork, heroFields(hero)) } : {}),
    ...(asks.length ? { relatedAsks: refs(...asks.map((a) => askIds[a])) } : {}),
    ...(nations.length ? { relatedNations: refs(...nations.map((n) => nationIds[n])) } : {}),
  }
}

function heroFields({ artwork: _artwork, ...fields }: { artwork: string } & ImageFields): ImageFields {
  return fields
}

export const allAsks = Object.keys(askIds) as (keyof typeof askIds)[]
export const allNations = Object.keys(nationIds) as (keyof typeof nationIds)[]
