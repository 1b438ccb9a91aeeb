import { queries } from '../queries.ts'
import type { ContentSource } from '../source/types.ts'

export type QueryName = keyof typeof queries
export type RawResults = Record<QueryName, unknown>

/** Runs every query once, side by side: a build's request count does not grow with its documents. */
export async function fetchAll(source: ContentSource): Promise<RawResults> {
  const names = Object.keys(queries) as QueryName[]
  const results = await Promise.all(names.map((name) => source.fetch(queries[name], {})))
  return Object.fromEntries(names.map((name, i) => [name, results[i]])) as RawResults
}
