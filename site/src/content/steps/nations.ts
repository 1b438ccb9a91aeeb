import type { Nation } from '../model.ts'
import type { NationResult } from '../schemas.ts'
import { localPath } from '../../i18n/languages.ts'

export function buildNations(docs: readonly NationResult[]): Nation[] {
  return docs.map((n) => ({
    id: n._id,
    slug: n.slug,
    path: localPath(n.language, `/nations/${n.slug}/`),
    language: n.language,
    alternates: [],
    name: n.name,
    government: n.government ?? null,
    healthMinister: n.healthMinister ? { name: n.healthMinister.name ?? null, role: n.healthMinister.role ?? null } : null,
  }))
}
