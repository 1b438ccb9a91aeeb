// The drafts preview's Astro integration, added only by the preview launcher
// (start.ts), never by astro.config.ts: so nothing of it can reach the static build.
import type { AstroIntegration } from 'astro'
import type { Connect, ViteDevServer } from 'vite'
import { newPageRequest } from './content-cache.ts'

/** The overlay module, as the dev server serves it (from the site's root). */
const OVERLAY_URL = '/src/preview/overlay.ts'

/** Vite's own requests (modules, assets, HMR) are not page views. */
export function isPageRequest(url: string | undefined): boolean {
  const path = (url ?? '/').split('?')[0]!
  return !/^\/(@|node_modules\/|src\/|_astro\/|__)/.test(path) && !/\.(m?[jt]sx?|css|map|svg|png|jpe?g|webp|avif|gif|ico|woff2?)$/.test(path)
}

/**
 * Before each page request: content is read afresh, and Astro forgets the pages it
 * listed (getStaticPaths), so a new slug, a renamed one or a changed title shows.
 */
function freshContentOnEveryPage(server: ViteDevServer): Connect.NextHandleFunction {
  return (req, _res, next) => {
    if (req.method === 'GET' && isPageRequest(req.url)) {
      newPageRequest()
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
        injectScript('page', `import ${JSON.stringify(OVERLAY_URL)}`)
        updateConfig({
          vite: { plugins: [{ name: 'campaign-preview-fresh-content', configureServer: (server: ViteDevServer) => void server.middlewares.use(freshContentOnEveryPage(server)) }] },
        })
      },
    },
  }
}
