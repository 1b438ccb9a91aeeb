// The preview's content cache. A build loads content once; the preview must
// show an editor's change on the next page view. So content is kept for one
// page request (the dev server marks each one, see integration.ts), and never
// longer than PREVIEW_TTL_MS even without those marks.
import type { SiteContent } from '../content/model.ts'
import type { PreviewPerspective } from './settings.ts'

export const PREVIEW_TTL_MS = 2_000

// On globalThis: the dev server's middleware and the pages' modules are separate
// module instances in one process.
const STORE = Symbol.for('campaign-platform.preview-content')

interface Entry {
  content: Promise<SiteContent>
  loadedAt: number
  request: number
  perspective: string
}
type Store = { request: number; perspective: PreviewPerspective; entry?: Entry }
type Global = { [STORE]?: Store }

const store = (): Store => ((globalThis as Global)[STORE] ??= { request: 0, perspective: 'drafts' })

/** A page request has begun, in the perspective it asks for: the content it sees must be read afresh. */
export function newPageRequest(perspective: PreviewPerspective = 'drafts'): void {
  const s = store()
  s.request++
  s.perspective = perspective
}

/** This request's content: loaded once per page request, at most PREVIEW_TTL_MS old, never a remembered failure. */
export function previewContent(load: (perspective: PreviewPerspective) => Promise<SiteContent>, now: () => number = Date.now): Promise<SiteContent> {
  const s = store()
  const current = s.entry
  const perspective = String(s.perspective)
  if (current && current.request === s.request && current.perspective === perspective && now() - current.loadedAt < PREVIEW_TTL_MS) return current.content
  const entry: Entry = { content: load(s.perspective), loadedAt: now(), request: s.request, perspective }
  s.entry = entry
  // A failed load (a draft with a problem) shows its error once; the next request tries again.
  entry.content.catch(() => {
    if (s.entry === entry) s.entry = undefined
  })
  return entry.content
}
