import type { Story } from '../content/index.ts'

/** "Priya Raman, 52, from Leicester": the name as consented, then age and place where given. */
export function byline(story: Pick<Story, 'displayName' | 'age' | 'place'>): string {
  return [story.displayName, story.age != null ? String(story.age) : null, story.place ? `from ${story.place}` : null]
    .filter(Boolean)
    .join(', ')
}
