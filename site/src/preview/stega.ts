// Stega: @sanity/client hides an edit link (document, field) in invisible
// characters at the end of each string it returns, so the overlay can turn
// preview text into click-to-edit. Only text a reader sees may carry them:
// slugs, URLs, dates, ids and fixed choices are read by code, validated by
// regex or enum in the content layer, and must arrive exactly as stored.
import type { StegaConfig } from '@sanity/client'

/**
 * Fields (as the site's queries name them) never encoded. A string under any of
 * these keys, at any depth, stays clean.
 */
export const NEVER_ENCODED: ReadonlySet<string> = new Set([
  // addresses and identifiers
  'slug', 'path', 'feedPath', 'href', 'url', 'signUrl', 'formAction', 'privacyPolicyUrl', 'emailFieldName', 'src', 'srcset',
  // fixed choices (zod enums) and Portable Text structure
  'kind', 'status', 'naming', 'channels', 'tone', 'style', 'listItem', 'marks', 'language', 'versions',
  // dates and times (zod iso checks)
  'publishedAt', 'updatedAt', 'date', 'countedOn', 'handInDate', 'givenOn', 'expiresOn', 'accessedOn',
  // attribute text: an invisible payload in alt="" only bloats it
  'alt',
])

/** Identifiers by name: _id, _type, _key, _ref, nationId, relatedAskIds... */
const isIdentifierKey = (key: string) => key.startsWith('_') || key === 'id' || /Ids?$/.test(key)

/** True when a value at this result path is text a reader sees, so it may carry an edit link. */
export function isEditableTextPath(path: ReadonlyArray<string | number | { _key: string }>): boolean {
  return path.every((segment) => typeof segment !== 'string' || (!NEVER_ENCODED.has(segment) && !isIdentifierKey(segment)))
}

/** The client's stega settings for the preview: edit links point at the Studio. */
export function stegaConfig(studioUrl: string): StegaConfig {
  return {
    enabled: true,
    studioUrl,
    // Ours first (by the names the site's queries use), then Sanity's own rules (dates and URLs by value, and more).
    filter: (props) => isEditableTextPath(props.resultPath) && isEditableTextPath(props.sourcePath) && props.filterDefault(props),
  }
}
