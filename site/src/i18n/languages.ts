/**
 * The site's languages: English at /, Welsh under /cy/. The stored codes come
 * from the content model; here they become addresses and `lang` attributes.
 */
import { SOURCE_LANGUAGE, languages, type Language } from '@campaign/schemas/languages'

export type { Language }
export const LANGUAGES: readonly Language[] = languages.map((l) => l.id)
export const DEFAULT_LANGUAGE: Language = SOURCE_LANGUAGE

/** The `lang` attribute and hreflang for each language (British English). */
export const HTML_LANG: Record<Language, string> = { en: 'en-GB', cy: 'cy' }

/** A site path in a language: "/asks/" in English is "/cy/asks/" in Welsh. */
export function localPath(language: Language, path: string): string {
  if (!path.startsWith('/')) throw new Error(`localPath needs a site path starting with "/", not "${path}"`)
  return language === DEFAULT_LANGUAGE ? path : `/${language}${path}`
}

/** The language of a site path, and the path as it would be in English. */
export function splitPath(path: string): { language: Language; path: string } {
  for (const language of LANGUAGES) {
    if (language === DEFAULT_LANGUAGE) continue
    if (path === `/${language}` || path.startsWith(`/${language}/`)) return { language, path: path.slice(language.length + 1) || '/' }
  }
  return { language: DEFAULT_LANGUAGE, path }
}

export const otherLanguages = (language: Language) => LANGUAGES.filter((l) => l !== language)
