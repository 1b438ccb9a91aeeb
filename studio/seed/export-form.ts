// Turns seed documents into the exact shape `sanity dataset export` writes to data.ndjson.
import { createHash } from 'node:crypto'
import type { SeedDocument } from './content/index.ts'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const DAY = 24 * 60 * 60 * 1000
/** Sanity's timestamps have whole seconds and no milliseconds. */
const timestamp = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

/** `_createdAt`/`_updatedAt` from the document's own dates when the source doesn't set them. */
function systemDates(doc: SeedDocument): { _createdAt: string; _updatedAt: string } {
  let created = doc._createdAt
  let updated = doc._updatedAt
  if (doc._type === 'update' && typeof doc.publishedAt === 'string') {
    // Drafted the day before it went out; last saved when published or last corrected.
    created ??= timestamp(Date.parse(doc.publishedAt) - DAY)
    updated ??= typeof doc.updatedAt === 'string' ? doc.updatedAt : doc.publishedAt
  }
  if (doc._type === 'milestone' && typeof doc.date === 'string') {
    created ??= `${doc.date}T17:30:00Z`
  }
  updated ??= created
  if (!created || !updated) throw new Error(`Seed document ${doc._id} (${doc._type}) needs _createdAt`)
  if (updated < created) throw new Error(`Seed document ${doc._id} (${doc._type}): _updatedAt is before _createdAt`)
  return { _createdAt: created, _updatedAt: updated }
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** A 22-character revision id like the Content Lake's, derived from the content. */
function revision(doc: Json): string {
  let n = BigInt(`0x${createHash('sha1').update(JSON.stringify(doc)).digest('hex')}`)
  let rev = ''
  for (let i = 0; i < 22; i++) {
    rev += BASE62[Number(n % 62n)]
    n /= 62n
  }
  return rev
}

/** Keys in alphabetical order, as the export API returns them; an exported asset pointer comes first. */
function sortKeys(value: unknown): Json {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a === '_sanityAsset' ? -1 : b === '_sanityAsset' ? 1 : a < b ? -1 : a > b ? 1 : 0))
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]))
  }
  return value as Json
}

/** One document in export form, with `_createdAt`, `_updatedAt` and `_rev`. */
export function toExportForm(doc: SeedDocument): Json {
  const withDates = { ...doc, ...systemDates(doc) }
  const sorted = sortKeys(withDates)
  return sortKeys({ ...withDates, _rev: revision(sorted) })
}

/** The whole dataset as NDJSON, ordered by `_id` as the export endpoint streams it. */
export function toNdjson(docs: SeedDocument[]): string {
  const ids = new Set<string>()
  for (const doc of docs) {
    if (ids.has(doc._id)) throw new Error(`Seed document id ${doc._id} is used twice`)
    ids.add(doc._id)
  }
  const ordered = [...docs].sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
  return ordered.map((doc) => `${JSON.stringify(toExportForm(doc))}\n`).join('')
}
