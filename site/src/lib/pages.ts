import { dictionary, type Language } from '../i18n/index.ts'

/** The heading (and title) of a page of the update list. */
export const updateListTitle = (current: number, last: number, language: Language = 'en'): string => {
  const t = dictionary(language).updates
  return current === 1 ? t.title : t.page(current, last)
}

/** Splits a list into pages of `size`; page numbers start at 1. */
export function pagesOf<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = []
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size))
  return pages.length ? pages : [[]]
}
