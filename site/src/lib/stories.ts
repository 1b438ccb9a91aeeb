import type { Story } from '../content/index.ts'
import { dictionary, type Language } from '../i18n/index.ts'

/** "Priya Raman, 52, from Leicester": the name as consented, then age and place where given. */
export function byline(story: Pick<Story, 'displayName' | 'age' | 'place'>, language: Language = 'en'): string {
  return [story.displayName, story.age != null ? String(story.age) : null, story.place ? dictionary(language).stories.from(story.place) : null]
    .filter(Boolean)
    .join(', ')
}
