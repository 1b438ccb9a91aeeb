// The drafts preview's Astro integration, added only by the preview launcher
// (start.ts), never by astro.config.ts: so nothing of it can reach the static build.
// It wraps the content layer's door from above: pages keep calling getContent(),
// and in this dev server the preview's loader answers.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AstroIntegration } from 'astro'
import type { Connect, ViteDevServer } from 'vite'
import { buildClock, installContentLoader, siteUrlFrom } from '../content/index.ts'
import { newPageRequest, previewContent } from './content-cache.ts'
import { loadPreviewContent } from './load.ts'
import { PERSPECTIVE_PARAM, previewPerspective } from './settings.ts'

/** The overlay module, as the dev server serves it (from the site's root). */
const OVERLAY_URL = '/src/preview/overlay.ts'

/** Vite's own requests (modules, assets, HMR) are not page views. */
export function isPageRequest(url: string | undefined): boolean {
  const path = (url ?? '/').split('?')[0]!
  return !/^\/(@|node_modules\/|src\/|_astro\/|__)/.test(path) && !/\.(m?[jt]sx?|css|map|svg|png|jpe?g|webp|avif|gif|ico|woff2?)$/.test(path)
}

/**
 * The perspective a page request asks for. The Presentation tool puts it in the
 * address of the page it opens; links clicked inside the preview lose it, so it is
 * kept in a cookie until the tool asks for another.
 */
export function requestPerspective(req: IncomingMessage, res: ServerResponse): string | undefined {
  const asked = new URL(req.url ?? '/', 'http://preview').searchParams.get(PERSPECTIVE_PARAM)
  if (asked !== null) {
    res.setHeader('Set-Cookie', `${PERSPECTIVE_PARAM}=${encodeURIComponent(asked)}; Path=/; HttpOnly; SameSite=Lax`)
    return asked
  }
  const cookie = (req.headers.cookie ?? '').split(';').map((part) => part.trim().split('=')).find(([name]) => name === PERSPECTIVE_PARAM)
  return cookie ? decodeURIComponent(cookie[1] ?? '') : undefined
}

/**
 * Presentation's handshake, as the hosted preview answers it (src/preview/worker/enable.ts),
 * but without checking the secret: this dev server runs on a developer's own machine,
 * reading with their own token. It goes straight to the page the Studio asked for.
 */
function handshake(req: IncomingMessage, res: ServerResponse): boolean {
  const url = new URL(req.url ?? '/', 'http://preview')
  if (url.pathname.replace(/\/$/, '') === '/preview/disable') {
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' }).end('You have left the preview.')
    return true
  }
  if (url.pathname.replace(/\/$/, '') !== '/preview/enable') return false
  const page = new URL(url.searchParams.get('sanity-preview-pathname') || '/', 'http://preview')
  const perspective = url.searchParams.get(PERSPECTIVE_PARAM)
  if (perspective && !page.searchParams.has(PERSPECTIVE_PARAM)) page.searchParams.set(PERSPECTIVE_PARAM, perspective)
  res.writeHead(307, { Location: `${page.pathname}${page.search}` }).end()
  return true
}

/**
 * Before each page request: content is read afresh (in the perspective it asks for),
 * and Astro forgets the pages it listed (getStaticPaths), so a new slug, a renamed
 * one or a changed title shows.
 */
function freshContentOnEveryPage(server: ViteDevServer): Connect.NextHandleFunction {
  return (req, res, next) => {
    if (req.method === 'GET' && handshake(req, res)) return
    if (req.method === 'GET' && isPageRequest(req.url)) {
      newPageRequest(previewPerspective(requestPerspective(req, res)))
      // Astro's dev server clears its getStaticPaths cache on this event.
      for (const name of ['ssr', 'prerender']) server.environments[name]?.hot.send('astro:content-changed', {})
    }
    next()
  }
}

export function draftsPreview(): AstroIntegration {
  return {
    name: 'campaign-drafts-preview',
    hooks: {
      'astro:config:setup': ({ command, injectScript, updateConfig }) => {
        if (command !== 'dev') throw new Error('The drafts preview runs only in the dev server (npm run preview:drafts), never in a build.')
        installContentLoader(() =>
          previewContent((perspective) => loadPreviewContent({ env: process.env, now: buildClock(), siteUrl: siteUrlFrom(), perspective })),
        )
        injectScript('page', `import ${JSON.stringify(OVERLAY_URL)}`)
        updateConfig({
          vite: { plugins: [{ name: 'campaign-preview-fresh-content', configureServer: (server: ViteDevServer) => void server.middlewares.use(freshContentOnEveryPage(server)) }] },
        })
      },
    },
  }
}
