import type { z } from 'zod'
import { ContentError, fieldPath, type ContentProblem } from '../problems.ts'

/** Query fields renamed for the site, back to the names editors see in the Studio. */
const EDITOR_FIELD: Record<string, string> = {
  relatedAskIds: 'relatedAsks',
  relatedNationIds: 'relatedNations',
  nationId: 'nation',
  reportId: 'report',
  assetId: 'asset',
}

/** One document against its schema; every issue becomes a problem naming the editor's field. */
export function validateOne<S extends z.ZodType>(schema: S, value: unknown, id: string, problems: ContentProblem[]): z.output<S> | null {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  const doc = (value ?? {}) as { _id?: string; _type?: string }
  for (const issue of parsed.error.issues) {
    problems.push({ type: doc._type ?? id, id: doc._id ?? id, field: editorField(issue.path), message: issue.message })
  }
  return null
}

/** A query's list of documents: the valid ones come back, each invalid one is reported. */
export function validateMany<S extends z.ZodType>(schema: S, value: unknown, problems: ContentProblem[]): z.output<S>[] {
  if (!Array.isArray(value)) throw new ContentError([{ type: '(query)', id: '(result)', field: '(result)', message: 'the source answered with something other than a list' }])
  const valid: z.output<S>[] = []
  for (const doc of value) {
    const before = problems.length
    const result = validateOne(schema, doc, '(unknown)', problems)
    if (result && problems.length === before) valid.push(result)
  }
  return valid
}

function editorField(path: ReadonlyArray<PropertyKey>): string {
  return fieldPath(path.map((part) => (typeof part === 'string' ? (EDITOR_FIELD[part] ?? part) : part)))
}
