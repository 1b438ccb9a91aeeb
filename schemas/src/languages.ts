// The languages the campaign publishes in. English is the source language: a
// document with no language is English. No Sanity import: the site uses these too.

export const languages = [
  { id: 'en', title: 'English' },
  { id: 'cy', title: 'Welsh' },
] as const

export type Language = (typeof languages)[number]['id']

export const SOURCE_LANGUAGE: Language = 'en'

/** The types with a Welsh version linked to the English one (document-level translation). */
export const translatedTypes = ['campaign', 'siteSettings', 'ask', 'nation', 'update', 'story', 'milestone'] as const

/** The fixed id of a singleton's version in a language: "campaign", "campaign-cy". */
export const singletonIdIn = (id: string, language: Language) => (language === SOURCE_LANGUAGE ? id : `${id}-${language}`)

// What the field descriptions tell staff about translating, so every type says it the same way.
export const TRANSLATE = 'Translate it in the Welsh version.'
export const KEEP_SAME = 'Keep it the same in the English and Welsh versions.'
export const TRANSLATE_SLUG = 'The Welsh version has its own Welsh address, under /cy/: translate this too.'
