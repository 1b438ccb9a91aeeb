import { createHash } from 'node:crypto'

/**
 * A 12-character array `_key` derived from the item's content (plus a position when needed),
 * so keys are the same on every run and one edit does not reshuffle every other key.
 */
export function contentKey(...parts: unknown[]): string {
  return createHash('sha1').update(JSON.stringify(parts)).digest('hex').slice(0, 12)
}

/** Gives each object in an array a `_key`; two items with the same content still get distinct keys. */
export function keyed<T extends object>(items: readonly T[]): (T & { _key: string })[] {
  const seen = new Set<string>()
  return items.map((item) => {
    const existing = (item as { _key?: unknown })._key
    let key = typeof existing === 'string' ? existing : contentKey(item)
    for (let n = 1; seen.has(key); n++) key = contentKey(item, n)
    seen.add(key)
    return { ...item, _key: key }
  })
}
