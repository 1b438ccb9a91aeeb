// Glue between the plain rule functions and Sanity's validation builder, for
// rules that repeat across types.
import type { UrlRule as SanityUrlRule, SlugIsUniqueValidator } from 'sanity'
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

/**
 * Slugs must be unique per type; Sanity checks that against the Content Lake.
 * The CLI (`sanity documents validate --file`) may run with no Content Lake to
 * ask: there the check is skipped rather than reported as an error, and the
 * dataset checks find repeated slugs in the file itself.
 */
export const isUniqueSlug: SlugIsUniqueValidator = async (slug, context) => {
  try {
    return await context.defaultIsUnique(slug, context)
  } catch (error) {
    if (context.environment === 'cli') return true
    throw error
  }
}
