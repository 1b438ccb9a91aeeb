/**
 * Content problems are collected, never thrown one at a time: an editor fixing a
 * broken dataset wants the whole list, one line a problem, in the form
 * `<_type> <_id> <field>: <what is wrong>`.
 */
export interface ContentProblem {
  type: string
  id: string
  field: string
  message: string
}

export function formatProblem(p: ContentProblem): string {
  return `${p.type} ${p.id} ${p.field}: ${p.message}`
}

/** Thrown when content cannot be published as it stands; the message lists every problem. */
export class ContentError extends Error {
  readonly problems: ContentProblem[]
  constructor(problems: ContentProblem[], heading = 'The content has problems that stop the site building') {
    super(`${heading}:\n${problems.map(formatProblem).join('\n')}`)
    this.name = 'ContentError'
    this.problems = problems
  }
}

/** The source itself failed (unreachable, an error answer, malformed data): nothing to list per document. */
export class SourceError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'SourceError'
  }
}

/** Turns a zod-style path into the field notation editors see: `progress[1].nation`. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out ? `.${String(part)}` : String(part)
  }
  return out || '(document)'
}
