// The content layer checks every string with zod: lengths, patterns, enums. An
// edit link adds hundreds of invisible characters, so a title of 90 letters
// would fail "at most 100". So the preview validates clean text and then puts
// the edit links back into the content the pages receive.
import { stegaClean } from '@sanity/client/stega'
import type { SiteContent } from '../content/model.ts'
import type { ContentSource } from '../content/source/types.ts'
import { isEditableTextPath } from './stega.ts'

/** Clean text -> the same text with its edit link, as the Content Lake sent it. */
export type Encodings = Map<string, string>

/** A source that answers with clean text, keeping each string's encoded form aside. */
export function withoutStega(source: ContentSource): { source: ContentSource; encodings: Encodings } {
  const encodings: Encodings = new Map()
  const collect = (value: unknown): void => {
    if (typeof value === 'string') {
      const clean = stegaClean(value)
      if (clean !== value) {
        encodings.set(clean, value)
        // The content layer trims text; find it again after that.
        if (clean.trim() !== clean) encodings.set(clean.trim(), `${clean.trim()}${value.slice(clean.length)}`)
      }
    } else if (Array.isArray(value)) value.forEach(collect)
    else if (value && typeof value === 'object') Object.values(value).forEach(collect)
  }
  return {
    encodings,
    source: {
      description: source.description,
      images: source.images,
      async fetch(query, params) {
        const result = await source.fetch(query, params)
        collect(result)
        return stegaClean(result)
      },
    },
  }
}

const isPlain = (value: object) => {
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null || Array.isArray(value)
}

/**
 * Puts edit links back into reader-facing text of validated content (in place):
 * a string whose clean text came from the Content Lake with an edit link gets it
 * back, unless its key is one code reads (the same rule the stega filter uses).
 */
export function restoreStega(content: SiteContent, encodings: Encodings): SiteContent {
  for (const key of CONTENT_KEYS) restoreStegaIn(content[key], [key], encodings)
  return content
}

/** restoreStega for one part of the content, found at `path` (by the names the pages use). */
export function restoreStegaIn(node: object, path: string[], encodings: Encodings): void {
  if (!encodings.size) return
  for (const [key, value] of Object.entries(node)) {
    const here = Array.isArray(node) ? path : [...path, key]
    if (typeof value === 'string') {
      const encoded = encodings.get(value)
      if (encoded && isEditableTextPath(here)) (node as Record<string, unknown>)[key] = encoded
    } else if (value && typeof value === 'object' && isPlain(value)) {
      restoreStegaIn(value, here, encodings)
    }
  }
}

/** The parts of SiteContent that hold documents; the rest (source, clock, warnings, image origin) is the build's own. */
const CONTENT_KEYS = ['settings', 'campaign', 'nations', 'asks', 'updates', 'stories', 'feedStories', 'milestones'] as const
