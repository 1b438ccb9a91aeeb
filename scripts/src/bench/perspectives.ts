// What a query sees, by the perspective it asks for, as the Content Lake defines them:
// raw (every version), published (no drafts or release versions), drafts (a draft stands
// in for its published document) and release stacks (`rRelease,drafts`: the first
// layer that has a version of a document wins), with `_originalId` naming the version.
type Doc = { _id: string; _type: string; [field: string]: unknown }

const DRAFT = 'drafts.'
const VERSION = /^versions\.([^.]+)\./

/** Which layer a version id belongs to: "published", "drafts" or a release name. */
function layerOf(id: string): string {
  if (id.startsWith(DRAFT)) return 'drafts'
  return VERSION.exec(id)?.[1] ?? 'published'
}

function publishedIdOf(id: string): string {
  if (id.startsWith(DRAFT)) return id.slice(DRAFT.length)
  return id.replace(VERSION, '')
}

/** The perspective parameter as it arrives: absent, one name, or a comma-separated stack. */
export function parsePerspective(value: string | null | undefined): string[] {
  const names = (value ?? 'raw').split(',').map((name) => name.trim()).filter(Boolean)
  return names.map((name) => (name === 'previewDrafts' ? 'drafts' : name))
}

export function viewOf<D extends Doc>(documents: D[], perspective: string[]): D[] {
  if (perspective.length === 0 || perspective.includes('raw')) return documents
  const layers = [...perspective.filter((name) => name !== 'published'), 'published']
  const chosen = new Map<string, { rank: number; doc: D }>()
  for (const doc of documents) {
    const rank = layers.indexOf(layerOf(doc._id))
    if (rank === -1) continue
    const id = publishedIdOf(doc._id)
    const current = chosen.get(id)
    if (!current || rank < current.rank) chosen.set(id, { rank, doc })
  }
  return [...chosen.values()].map(({ doc }) => (layerOf(doc._id) === 'published' ? doc : { ...doc, _id: publishedIdOf(doc._id), _originalId: doc._id }))
}
