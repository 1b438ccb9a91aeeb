// A slug is the last part of a page's web address: /updates/<slug>/.
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** What is wrong with a slug, or undefined when it is fine (or empty). */
export function slugProblem(slug: string | undefined | null): string | undefined {
  if (!slug) return undefined
  if (SLUG_PATTERN.test(slug)) return undefined
  return 'Use only lowercase letters, numbers and single hyphens between words, e.g. "prompt-diagnosis". Press "Generate" to make one from the title.'
}

/** Turns a title into a slug that passes slugProblem: "Kerry's story" -> "kerrys-story". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents: "é" -> "e"
    .toLowerCase()
    .replace(/['’‘]/g, '') // apostrophes join words: "kerry's" -> "kerrys"
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/, '')
}

/**
 * For an anonymous story: a problem when the slug (which is public, in the
 * address) contains any part of the person's name.
 */
export function anonymousSlugProblem(
  slug: string | undefined | null,
  fullName: string | undefined | null,
): string | undefined {
  if (!slug || !fullName) return undefined
  const tokens = slug.split('-')
  const found = slugify(fullName)
    .split('-')
    .filter(Boolean)
    .find((part) =>
      // Short name parts ("Al", "Jo") only match a whole word, so "all-of-us" is fine.
      part.length >= 3 ? slug.includes(part) : tokens.includes(part),
    )
  return found
    ? `This story is anonymous, but its web address contains "${found}" from the person's name. Change the slug so the person can't be identified.`
    : undefined
}
