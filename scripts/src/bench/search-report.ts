// The reader's search in the bench's results: the site's search against one Pagefind
// index of the same built site, and the search check after the one-edit rebuild.
import type { SearchRun } from './reader-search.ts'

/** A common word, a two-word phrase as a reader types it, and a word in exactly one update (its title, planted by the bench). */
export const SEARCH_QUERIES = ['nurse', 'clinical trials', 'Tobermory'] as const
/** The planted update's title: its one word no other document has is the third query. */
export const RARE_TITLE = 'Tobermory nurses put questions to the health board'
/** The one-edit rebuild replaces that title: its new rare word must find the update, the old one must not. */
export const editedTitle = (attempt: number) => `Portmeirion meeting on specialist nurses (corrected ${attempt})`
export const EDITED_WORD = 'Portmeirion'

export interface SearchResult {
  ours: SearchRun[]
  /** One `pagefind --site` index of the same output. */
  one: SearchRun[]
  /** How long Pagefind's CLI took to index the whole built site. */
  oneIndexSeconds: number
  /** After the one-edit rebuild: the edited update's address, what its new and old title words found. */
  edit?: { path: string; newWord: SearchRun; oldWord: SearchRun }
  error?: string
}

const thousands = (n: number): string => n.toLocaleString('en-GB')

export function searchTable(sizes: ReadonlyArray<{ updates: number; search?: SearchResult }>): string {
  const rows = sizes.flatMap(({ updates, search }) => {
    if (!search) return []
    if (search.error) return [`| ${thousands(updates)} | failed: ${search.error.split('\n')[0]} | | | | | | |`]
    return search.ours.map((ours, i) => {
      const one = search.one[i]!
      return `| ${thousands(updates)} | ${ours.query} | ${(ours.ms / 1000).toFixed(2)} | ${ours.requests} | ${(one.ms / 1000).toFixed(2)} | ${one.requests} | ${(ours.ms / one.ms).toFixed(2)} | ${(ours.requests / one.requests).toFixed(2)} |`
    })
  })
  if (rows.length === 0) return 'Not measured in this run.'
  return [
    '| N | query | ours s | ours requests | one index s | one index requests | time ratio | requests ratio |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n')
}

export function editCheck(sizes: ReadonlyArray<{ updates: number; search?: SearchResult }>): string {
  const lines = sizes.flatMap(({ updates, search }) => {
    const edit = search?.edit
    if (!edit) return []
    const found = edit.newWord.results.includes(edit.path)
    const stale = edit.oldWord.results.includes(edit.path)
    return [
      `- ${thousands(updates)}: "${edit.newWord.query}" (the new title's word) ${found ? `finds ${edit.path}` : `does not find ${edit.path} (found: ${edit.newWord.results.join(', ') || 'nothing'})`}; "${edit.oldWord.query}" (the old title's) ${stale ? `still finds ${edit.path}` : `no longer finds it`} (${edit.oldWord.results.length ? `Pagefind offers ${edit.oldWord.results.length} near matches instead, words sharing its first letters` : 'no results'}).`,
    ]
  })
  return lines.length ? lines.join('\n') : 'Not measured in this run.'
}

export interface SearchGoal {
  goal: string
  status: 'PASS' | 'FAIL' | 'N/A'
  detail: string
}

/** At most as long as one index to the first result, at most 1.5 times its requests; the edit found by its new title and not its old. None when search was not measured (BENCH_SEARCH=off). */
export function searchGoals(sizes: ReadonlyArray<{ updates: number; search?: SearchResult }>): SearchGoal[] {
  const measured = sizes.filter((s) => s.search)
  const goals: SearchGoal[] = []
  for (const { updates, search } of measured) {
    if (search!.error) {
      goals.push({ goal: `search at ${thousands(updates)}`, status: 'FAIL', detail: search!.error.split('\n')[0]! })
      continue
    }
    const pairs = search!.ours.map((ours, i) => ({ ours, one: search!.one[i]! }))
    const pass = pairs.every(({ ours, one }) => ours.ms <= one.ms && ours.requests <= 1.5 * one.requests && ours.results.length > 0)
    const detail = pairs.map(({ ours, one }) => `"${ours.query}" ${(ours.ms / one.ms).toFixed(2)}× time, ${(ours.requests / one.requests).toFixed(2)}× requests${ours.results.length ? '' : ', no results'}`).join('; ')
    goals.push({ goal: `search at ${thousands(updates)}: time ≤ one index, requests ≤ 1.5× one index`, status: pass ? 'PASS' : 'FAIL', detail })
    const edit = search!.edit
    if (edit) {
      // "Finds nothing" is asked of the edited update: with no word of its own left in
      // the index, Pagefind answers with words that share the query's first letters.
      const found = edit.newWord.results.includes(edit.path)
      const stale = edit.oldWord.results.includes(edit.path)
      goals.push({
        goal: `search after one edit at ${thousands(updates)}: the new title finds the update, the old one does not`,
        status: found && !stale ? 'PASS' : 'FAIL',
        detail: `new title ${found ? 'finds it' : 'misses it'}, old title ${stale ? 'still finds it' : 'does not'}`,
      })
    }
  }
  return goals
}
