/** The heading (and title) of a page of the update list. */
export const updateListTitle = (current: number, last: number): string =>
  current === 1 ? 'Campaign updates' : `Campaign updates, page ${current} of ${last}`

/** Splits a list into pages of `size`; page numbers start at 1. */
export function pagesOf<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = []
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size))
  return pages.length ? pages : [[]]
}
