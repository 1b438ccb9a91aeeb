import type { Nation } from '../model.ts'
import type { NationResult } from '../schemas.ts'

export function buildNations(docs: readonly NationResult[]): Nation[] {
  return docs.map((n) => ({
    id: n._id,
    slug: n.slug,
    path: `/nations/${n.slug}/`,
    name: n.name,
    government: n.government ?? null,
    healthMinister: n.healthMinister ? { name: n.healthMinister.name ?? null, role: n.healthMinister.role ?? null } : null,
  }))
}
