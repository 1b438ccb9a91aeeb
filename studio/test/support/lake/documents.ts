// The documents of the local Content Lake, kept in memory: every version (published,
// drafts., versions.<release>.) as the raw perspective holds them, changed only by
// mutations, each change announced to listeners as the Content Lake does.
import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import { Mutation } from '@sanity/mutator'
import { imageAsset } from '../../../../scripts/src/bench/content-lake-stub.ts'
import { readDatasetFile } from '../../../../site/src/content/source/dataset-file.ts'

export type Doc = { _id: string; _type: string; _rev?: string; [field: string]: unknown }
/** One mutation as the HTTP API takes it: `{create: doc}`, `{patch: {id, set, ...}}`, `{delete: {id}}`... */
export type MutationBody = Record<string, Record<string, unknown>>

/** What changed in one document by one transaction: a listener's `mutation` event is built from it. */
export interface DocumentChange {
  transactionId: string
  documentId: string
  before: Doc | null
  after: Doc | null
  mutations: MutationBody[]
  timestamp: string
}

/** A mutation the lake refuses, with the HTTP status and error the Content Lake answers. */
export class MutationError extends Error {
  readonly status: number
  readonly type: string
  constructor(status: number, type: string, message: string) {
    super(message)
    this.status = status
    this.type = type
  }
}

const revision = () => randomUUID().replaceAll('-', '').slice(0, 22)

function targetId(mutation: MutationBody): string {
  const [operation, body] = Object.entries(mutation)[0] ?? []
  const id = operation === 'patch' || operation === 'delete' ? body?.id : body?._id
  if (typeof id !== 'string') throw new MutationError(400, 'mutationError', `The local lake needs an id on every mutation, got ${JSON.stringify(mutation)}`)
  return id
}

export class LakeDocuments {
  readonly byId = new Map<string, Doc>()
  /** Image file name (as in an asset URL) -> the file on disk. */
  readonly imageFiles = new Map<string, string>()
  private readonly subscribers = new Set<(changes: DocumentChange[]) => void>()

  constructor(documents: Doc[], imageFiles: Map<string, string> = new Map()) {
    for (const doc of documents) this.byId.set(doc._id, doc)
    for (const [name, file] of imageFiles) this.imageFiles.set(name, file)
  }

  /** The demo dataset (or any export file): every version, plus the image asset documents it refers to. */
  static fromDatasetFile(file: string, projectId: string, dataset: string): LakeDocuments {
    const { documents, files } = readDatasetFile(file, { everyVersion: true })
    const assets = [...files.keys()].map((assetId) => imageAsset(assetId, projectId, dataset))
    const imageFiles = new Map([...files.values()].map((file) => [basename(file), file]))
    return new LakeDocuments([...(documents as Doc[]), ...(assets as Doc[])], imageFiles)
  }

  all(): Doc[] {
    return [...this.byId.values()]
  }

  get(id: string): Doc | undefined {
    return this.byId.get(id)
  }

  subscribe(listener: (changes: DocumentChange[]) => void): () => void {
    this.subscribers.add(listener)
    return () => this.subscribers.delete(listener)
  }

  /**
   * Applies a transaction all or nothing, with Sanity's own mutation engine, and
   * announces one change per document it touched.
   */
  commit(mutations: MutationBody[], transactionId = revision()): DocumentChange[] {
    const timestamp = new Date().toISOString()
    const working = new Map<string, { before: Doc | null; after: Doc | null; mutations: MutationBody[] }>()
    for (const mutation of mutations) {
      const id = targetId(mutation)
      const entry = working.get(id) ?? { before: this.byId.get(id) ?? null, after: this.byId.get(id) ?? null, mutations: [] }
      this.check(mutation, entry.after)
      const next = new Mutation({ mutations: [mutation as never] }).apply(entry.after as never) as Doc | null
      entry.after = next
      entry.mutations.push(mutation)
      working.set(id, entry)
    }
    const changes: DocumentChange[] = []
    for (const [documentId, { before, after, mutations: applied }] of working) {
      if (after) {
        after._rev = transactionId
        after._updatedAt = timestamp
        after._createdAt ??= before?._createdAt ?? timestamp
        this.byId.set(documentId, after)
      } else {
        this.byId.delete(documentId)
      }
      changes.push({ transactionId, documentId, before, after, mutations: applied, timestamp })
    }
    for (const listener of this.subscribers) listener(changes)
    return changes
  }

  /** The Content Lake's own refusals: creating what exists, patching what does not, a stale revision. */
  private check(mutation: MutationBody, current: Doc | null): void {
    const [operation, body] = Object.entries(mutation)[0]!
    if (operation === 'create' && current) throw new MutationError(409, 'documentAlreadyExistsError', `Document ${current._id} already exists`)
    if (operation === 'patch') {
      if (!current) throw new MutationError(404, 'documentNotFoundError', `Document ${String(body.id)} not found`)
      if (typeof body.ifRevisionID === 'string' && body.ifRevisionID !== current._rev) {
        throw new MutationError(409, 'conflictError', `Document ${current._id} has revision ${current._rev}, not ${body.ifRevisionID}`)
      }
    }
  }
}
