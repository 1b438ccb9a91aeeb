// The hosted preview's Astro integration, added only to the Worker build
// (config.ts, when SITE_TARGET=preview-worker): the door, the handshake and the
// click-to-edit overlay. The static build never loads this file.
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url))

export function hostedPreview(): AstroIntegration {
  return {
    name: 'campaign-hosted-preview',
    hooks: {
      'astro:config:setup': ({ addMiddleware, injectRoute, injectScript }) => {
        addMiddleware({ entrypoint: here('./middleware.ts'), order: 'pre' })
        injectRoute({ pattern: '/preview/enable', entrypoint: here('./enable.ts'), prerender: false })
        injectRoute({ pattern: '/preview/disable', entrypoint: here('./disable.ts'), prerender: false })
        // Sanity's overlays, bundled into /_astro/ like any page script.
        injectScript('page', `import ${JSON.stringify(here('../overlay.ts'))}`)
      },
    },
  }
}
