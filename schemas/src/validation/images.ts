/** Alt text describes the image for people who can't see it; only decorative images go without. */
export function altTextProblem(alt: string | undefined | null, decorative: boolean | undefined | null): string | undefined {
  if (decorative) return undefined
  if (alt && alt.trim()) return undefined
  return 'Describe what the image shows for people who can\'t see it, or tick "Decorative only" if it adds nothing to the text.'
}
