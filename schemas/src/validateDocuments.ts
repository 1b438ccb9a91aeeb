// Validates documents exactly as the Studio would, with no Studio and no
// Content Lake: for tests, dataset files and CI. Import it from
// `@campaign/schemas/validate` (it loads Sanity, so it is kept out of the
// main entry point).
//
// Why not `sanity documents validate --file`? That CLI runs with
// environment "cli", where Sanity reports every rule on an object-typed field
// (a slug, the story's consent) as a warning, even "required". Here the rules
// keep the levels editors see in the Studio.
import { evaluate, parse } from 'groq-js'
import { createSchema, validateDocument, type SanityDocument } from 'sanity'
import { schemaTypes } from './index.ts'

export interface ContentProblem {
  documentId: string
  documentType: string
  /** The field's path, e.g. `slug` or `consent.expiresOn` or `body[_key=="b1"].markDefs[_key=="l1"].href`. */
  field: string
  level: 'error' | 'warning' | 'info'
  message: string
}

type PathSegment = string | number | { _key: string } | [number | '', number | '']

function pathToString(path: readonly PathSegment[]): string {
  return path
    .map((segment, index) => {
      if (typeof segment === 'string') return index === 0 ? segment : `.${segment}`
      if (typeof segment === 'number') return `[${segment}]`
      if (Array.isArray(segment)) return `[${segment.join(':')}]`
      return `[_key=="${segment._key}"]`
    })
    .join('')
}

const publishedId = (id: string) => id.replace(/^(drafts|versions\.[^.]+)\./, '')

/**
 * A stand-in for the Sanity client that answers the queries validation makes
 * (slug uniqueness, custom rules) from the given documents, using groq-js,
 * Sanity's own GROQ engine.
 */
function inMemoryClient(documents: readonly SanityDocument[]) {
  const client = {
    fetch: async (query: string, params: Record<string, unknown> = {}) => {
      const result = await evaluate(parse(query, { params }), { dataset: documents, params })
      return result.get()
    },
    withConfig: () => client,
  }
  return client
}

let compiled: ReturnType<typeof createSchema> | undefined
function studioSchema() {
  compiled ??= createSchema({ name: 'campaign', types: schemaTypes })
  return compiled
}

/**
 * Every validation problem in `documents`, checked against each other for
 * references and slug uniqueness (references to image and file assets are
 * taken as existing). An empty list means the Studio would show
 * no errors or warnings for any of them.
 */
export async function validateDocuments(documents: readonly SanityDocument[]): Promise<ContentProblem[]> {
  const schema = studioSchema()
  const client = inMemoryClient(documents)
  const existing = new Set(documents.map((document) => publishedId(document._id)))
  const problems: ContentProblem[] = []
  for (const document of documents) {
    // Sanity's own documents (releases, assets) are not part of the content model.
    if (/^(system|sanity)\./.test(document._type)) continue
    const markers = await validateDocument({
      document,
      workspace: { schema, getClient: () => client, i18n: undefined } as never,
      environment: 'studio',
      // Image and file assets live outside the content documents: trust their references.
      getDocumentExists: async ({ id }) => existing.has(publishedId(id)) || /^(image|file)-/.test(id),
    })
    for (const marker of markers) {
      problems.push({
        documentId: document._id,
        documentType: document._type,
        field: pathToString(marker.path as PathSegment[]),
        level: marker.level,
        message: marker.message,
      })
    }
  }
  return problems
}
