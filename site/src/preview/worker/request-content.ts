// Each preview request sees the content as the Content Lake holds it now, in the
// perspective it asks for: pages keep calling getContent(), and in the Worker the door
// answers with this request's copy. AsyncLocalStorage keeps requests served at once
// by one Worker apart.
import { AsyncLocalStorage } from 'node:async_hooks'
import { buildClock, installContentLoader, siteUrlFrom, type RichText, type SiteContent } from '../../content/index.ts'
import { datasetStamp, loadPreviewContent, readUpdateBodies } from '../load.ts'
import { EditLinks } from '../edit-links.ts'
import { previewSettings, type PreviewPerspective } from '../settings.ts'

/** What one request renders from: the content, and the update bodies its pages asked for that were not yet read. */
const requests = new AsyncLocalStorage<{ content: Promise<SiteContent>; unread: Set<string> }>()

installContentLoader(() => {
  const request = requests.getStore()
  if (!request) return Promise.reject(new Error('Preview content was asked for outside a preview request.'))
  return request.content
})

/** The public address, as `npm run build:preview` was given it in SITE_URL (the same as the static build's). */
const siteUrl = siteUrlFrom({ SITE_URL: import.meta.env.SITE })

/** Content read for a perspective, the update bodies read so far for it, and where its text is edited. */
export interface PreviewContent {
  content: Promise<SiteContent>
  perspective: PreviewPerspective
  bodies: Map<string, RichText>
  /** The text carries markers; a page's output goes through links.expand() before it is sent. */
  links: EditLinks
}

/**
 * Content read and checked is kept between requests while the dataset's stamp stays
 * the same: reading and checking a whole campaign costs seconds at thousands of
 * updates, the stamp one small query. Only the last perspective asked for is kept
 * (a Worker has 128 MB), and for at most KEEP_MS: scheduled updates and consent dates
 * move with the clock, not with the dataset.
 */
export const KEEP_MS = 5 * 60_000
let kept: { key: string; stamp: string; readAt: number; read: PreviewContent } | undefined

/** This request's content, and the stamp of the dataset it shows: what was kept, if nothing has changed since; else read afresh. */
export async function loadRequestContent(perspective: PreviewPerspective): Promise<{ stamp: string; read: PreviewContent }> {
  const stamp = await datasetStamp(process.env)
  const key = String(perspective)
  if (kept && kept.key === key && kept.stamp === stamp && Date.now() - kept.readAt < KEEP_MS) return { stamp, read: kept.read }
  const bodies = new Map<string, RichText>()
  const links = new EditLinks(previewSettings(process.env).studioUrl)
  const content = loadPreviewContent({ env: process.env, now: buildClock(), siteUrl, perspective, updateBodies: 'on-demand', editLinks: links }).then((site) =>
    withBodiesOnDemand(site, bodies),
  )
  const entry = { key, stamp, readAt: Date.now(), read: { content, perspective, bodies, links } }
  kept = entry
  // A failed read (a draft with a problem, the Lake unreachable) is shown once, never kept.
  content.catch(() => {
    if (kept === entry) kept = undefined
  })
  return { stamp, read: entry.read }
}

/**
 * Renders with this request's content behind the content layer's door. A page that
 * shows update bodies not yet read is rendered once more after reading them: the
 * first pass is how a page says which bodies it shows, with no list of pages kept
 * here. `render` must return the whole response, read to its end.
 */
export async function withContent(read: PreviewContent, render: () => Promise<Response>): Promise<Response> {
  for (let pass = 1; ; pass++) {
    const unread = new Set<string>()
    const response = await requests.run({ content: read.content, unread }, render)
    if (!unread.size) return response
    if (pass === 3) throw new Error(`Update bodies were still unread after two reads: ${[...unread].slice(0, 5).join(', ')}`)
    for (const [id, body] of await readUpdateBodies(process.env, read.perspective, [...unread], read.links)) read.bodies.set(id, body)
  }
}

/** Every update, in every edition, takes its body from `bodies`; one not read yet is noted as unread for this request and shows none. */
function withBodiesOnDemand(site: SiteContent, bodies: Map<string, RichText>): SiteContent {
  for (const language of site.languages) {
    for (const update of site.edition(language).updates) {
      Object.defineProperty(update, 'body', {
        enumerable: true,
        configurable: true,
        get() {
          const body = bodies.get(update.id)
          if (!body) requests.getStore()?.unread.add(update.id)
          return body ?? []
        },
      })
    }
  }
  return site
}
