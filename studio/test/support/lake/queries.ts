// GROQ as the Content Lake runs it: groq-js over the chosen perspective's view,
// references followed by id from a map rather than a scan of every document.
import { evaluate, parse } from 'groq-js'
import type { Doc } from './documents.ts'

// The Studio's document lists and search filter with the Content Lake's full-text
// `[@, _id] match text::query($q)`, which groq-js does not implement. Here it becomes a
// match on the fields the demo's lists show: everything when the search box is empty.
const TEXT_QUERY = /\[@, _id\] match text::query\((\$[\w]+)\)/g

export function withoutTextQuery(query: string): string {
  return query.replace(TEXT_QUERY, (_, param: string) => `(${param} == "" || [title, name, _id] match ${param})`)
}

export async function runQuery(query: string, params: Record<string, unknown>, documents: Doc[]): Promise<unknown> {
  const byId = new Map(documents.map((doc) => [doc._id, doc]))
  const tree = parse(withoutTextQuery(query), { params })
  const value = await evaluate(tree, { dataset: documents, params, dereference: ({ _ref }) => byId.get(_ref) ?? null })
  return value.get()
}

/** Whether a listener's query (a filter such as `*[_id in $ids]`) takes in this one document. */
export async function listenerSees(query: string, params: Record<string, unknown>, doc: Doc | null): Promise<boolean> {
  if (!doc) return false
  const result = await runQuery(query, params, [doc])
  return Array.isArray(result) ? result.length > 0 : Boolean(result)
}

/** Query parameters as the HTTP API sends them on a GET: `$name=<json>`. */
export function paramsFrom(search: URLSearchParams): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const [name, value] of search) if (name.startsWith('$')) params[name.slice(1)] = JSON.parse(value)
  return params
}
