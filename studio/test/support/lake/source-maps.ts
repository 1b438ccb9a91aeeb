// What the real Content Lake sends when a client asks for stega: a Content Source
// Map. Each document in a result is mapped to its source document, so the client
// can hide an edit link (document, field path) in every string under it; the
// stega filter alone decides which strings get one (a harsher test than the real
// Lake's per-field maps). Used by the Studio tests' lake and the preview tests' proxy.

type Segment = string | number
const jsonPath = (path: Segment[]) => `$${path.map((s) => (typeof s === 'number' ? `[${s}]` : `['${s}']`)).join('')}`

/** A Content Source Map in the Content Lake's shape: documents, paths, mappings by result JSONPath. */
export function sourceMapFor(result: unknown) {
  const documents: { _id: string; _type: string }[] = []
  const mappings: Record<string, { type: 'value'; source: { type: 'documentValue'; document: number; path: number } }> = {}
  const visit = (value: unknown, path: Segment[]) => {
    if (Array.isArray(value)) return value.forEach((item, i) => visit(item, [...path, i]))
    if (!value || typeof value !== 'object') return
    const doc = value as { _id?: unknown; _type?: unknown }
    if (typeof doc._id === 'string' && typeof doc._type === 'string') {
      documents.push({ _id: doc._id, _type: doc._type })
      mappings[jsonPath(path)] = { type: 'value', source: { type: 'documentValue', document: documents.length - 1, path: 0 } }
    }
    for (const [key, child] of Object.entries(value)) visit(child, [...path, key])
  }
  visit(result, [])
  return { documents, paths: ['$'], mappings }
}
