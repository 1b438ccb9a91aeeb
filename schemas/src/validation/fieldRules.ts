// Glue between the plain rule functions and Sanity's validation builder, for
// rules that repeat across types.
import { getPublishedId, type UrlRule as SanityUrlRule, type SlugIsUniqueValidator } from 'sanity'
import { hrefProblem, type UrlRule } from './urls.ts'

const ANY_SCHEME = /^[a-z][a-z0-9+.-]*$/

/**
 * Validation for a `url` field that accepts what `accepts` allows. Sanity's
 * built-in URL check is switched off (any scheme, relative allowed) so editors
 * get one message, from hrefProblem, that says what to write instead.
 */
export function urlValidation(accepts: UrlRule, { required }: { required: boolean }) {
  return (rule: SanityUrlRule) => {
    const checked = rule
      .uri({ scheme: [ANY_SCHEME], allowRelative: true, allowCredentials: true })
      .custom((value) => hrefProblem(value, accepts) ?? true)
    return required ? checked.required() : checked
  }
}

/** Another document of this type, in this language, with this slug: not this one, its draft or its release versions. */
export const SLUG_TAKEN_IN_LANGUAGE_QUERY =
  '!defined(*[_type == $type && slug.current == $slug && language == $language && !sanity::versionOf($id)][0]._id)'

/**
 * Slugs must be unique per type, and for translated types per language: the site
 * puts Welsh pages under /cy/, so a Welsh update may keep its English original's
 * web address (a new translation starts with it). Sanity checks that against the
 * Content Lake. The CLI (`sanity documents validate --file`) may run with no Content
 * Lake to ask: there the check is skipped rather than reported as an error, and the
 * dataset checks find repeated slugs in the file itself.
 */
export const isUniqueSlug: SlugIsUniqueValidator = async (slug, context) => {
  try {
    const { document } = context
    const language = document?.language
    if (!document || typeof language !== 'string') return await context.defaultIsUnique(slug, context)
    const client = context.getClient({ apiVersion: '2025-02-19' })
    return await client.fetch<boolean>(SLUG_TAKEN_IN_LANGUAGE_QUERY, { type: document._type, slug, language, id: getPublishedId(document._id) }, { tag: 'slug-is-unique' })
  } catch (error) {
    if (context.environment === 'cli') return true
    throw error
  }
}
