// Each preview request reads its own content, in the perspective it asks for: pages
// keep calling getContent(), and in the Worker the door answers with this request's
// copy. AsyncLocalStorage keeps requests served at once by one Worker apart.
import { AsyncLocalStorage } from 'node:async_hooks'
import { buildClock, installContentLoader, siteUrlFrom, type SiteContent } from '../../content/index.ts'
import { loadPreviewContent } from '../load.ts'
import type { PreviewPerspective } from '../settings.ts'

const requests = new AsyncLocalStorage<{ content: Promise<SiteContent> }>()

installContentLoader(() => {
  const request = requests.getStore()
  if (!request) return Promise.reject(new Error('Preview content was asked for outside a preview request.'))
  return request.content
})

/** The public address, as `npm run build:preview` was given it in SITE_URL (the same as the static build's). */
const siteUrl = siteUrlFrom({ SITE_URL: import.meta.env.SITE })

/** Reads the content for one request (afresh: an editor's save shows on the next page view). */
export function loadRequestContent(perspective: PreviewPerspective): Promise<SiteContent> {
  return loadPreviewContent({ env: process.env, now: buildClock(), siteUrl, perspective })
}

/** Runs `render` with `content` behind the content layer's door. */
export function withContent<T>(content: Promise<SiteContent>, render: () => Promise<T>): Promise<T> {
  return requests.run({ content }, render)
}
