import { cy } from './cy.ts'
import { en, type Dictionary } from './en.ts'
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from './languages.ts'

export type { Dictionary }
export * from './languages.ts'

const dictionaries: Record<Language, Dictionary> = { en, cy }

/** The interface words for a language; anything not a known language (undefined too) is English. */
export function dictionary(language: string | undefined): Dictionary {
  return dictionaries[asLanguage(language)]
}

export function asLanguage(language: string | undefined): Language {
  return (LANGUAGES as readonly string[]).includes(language ?? '') ? (language as Language) : DEFAULT_LANGUAGE
}
