/** A document as written in the seed sources; the writer adds `_rev` and any missing timestamps. */
export interface SeedDocument {
  _id: string
  _type: string
  /** Set only where the default (derived from the document's own dates) would be wrong. */
  _createdAt?: string
  _updatedAt?: string
  [field: string]: unknown
}

export const slug = (current: string) => ({ _type: 'slug' as const, current })
