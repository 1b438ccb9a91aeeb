// Each preview request sees the content as the Content Lake holds it now, in the
// perspective it asks for: pages keep calling getContent(), and in the Worker the door
// answers with this request's copy. AsyncLocalStorage keeps requests served at once
// by one Worker apart.
import { AsyncLocalStorage } from 'node:async_hooks'
import { buildClock, installContentLoader, siteUrlFrom, type SiteContent } from '../../content/index.ts'
import { datasetStamp, loadPreviewContent } from '../load.ts'
import type { PreviewPerspective } from '../settings.ts'

const requests = new AsyncLocalStorage<{ content: Promise<SiteContent> }>()

installContentLoader(() => {
  const request = requests.getStore()
  if (!request) return Promise.reject(new Error('Preview content was asked for outside a preview request.'))
  return request.content
})

/** The public address, as `npm run build:preview` was given it in SITE_URL (the same as the static build's). */
const siteUrl = siteUrlFrom({ SITE_URL: import.meta.env.SITE })

/**
 * Content read and checked is kept between requests while the dataset's stamp stays
 * the same: reading and checking a whole campaign costs seconds at thousands of
 * updates, the stamp one small query. Only the last perspective asked for is kept
 * (a Worker has 128 MB), and for at most KEEP_MS: scheduled updates and consent dates
 * move with the clock, not with the dataset.
 */
export const KEEP_MS = 5 * 60_000
let kept: { perspective: string; stamp: string; readAt: number; content: Promise<SiteContent> } | undefined

/** This request's content, and the stamp of the dataset it shows: what was kept, if nothing has changed since; else read afresh. */
export async function loadRequestContent(perspective: PreviewPerspective): Promise<{ stamp: string; content: Promise<SiteContent> }> {
  const stamp = await datasetStamp(process.env)
  const key = String(perspective)
  if (kept && kept.perspective === key && kept.stamp === stamp && Date.now() - kept.readAt < KEEP_MS) return { stamp, content: kept.content }
  const content = loadPreviewContent({ env: process.env, now: buildClock(), siteUrl, perspective })
  const entry = { perspective: key, stamp, readAt: Date.now(), content }
  kept = entry
  // A failed read (a draft with a problem, the Lake unreachable) is shown once, never kept.
  content.catch(() => {
    if (kept === entry) kept = undefined
  })
  return { stamp, content }
}

/** Runs `render` with `content` behind the content layer's door. */
export function withContent<T>(content: Promise<SiteContent>, render: () => Promise<T>): Promise<T> {
  return requests.run({ content }, render)
}
