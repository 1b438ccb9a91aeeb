// The hosted preview's build settings: the same routes, components and content
// layer as the static site, rendered on request in a Cloudflare Worker. Read by
// astro.config.ts only when SITE_TARGET=preview-worker (npm run build:preview sets
// it), so the static build never loads the adapter.
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { hostedPreview } from './integration.ts'

/** The value of SITE_TARGET that builds the hosted preview. */
export const PREVIEW_TARGET = 'preview-worker'

/** Where the Worker is built: never site/dist, which is the static site. PREVIEW_OUT_DIR moves it (tests build side by side). */
export const previewOutDir = process.env.PREVIEW_OUT_DIR ? resolve(process.env.PREVIEW_OUT_DIR) : fileURLToPath(new URL('../../../dist-preview/', import.meta.url))

/** Astro's own cache for this build, apart from the static build's page cache. */
const previewCacheDir = process.env.PREVIEW_OUT_DIR ? `${previewOutDir}.cache` : fileURLToPath(new URL('../../../../node_modules/.astro-preview/', import.meta.url))

export async function previewWorkerConfig() {
  const { default: cloudflare } = await import('@astrojs/cloudflare')
  return {
    output: 'server' as const,
    outDir: previewOutDir,
    cacheDir: previewCacheDir,
    // Images come from Sanity's image CDN (or the Content Lake's own host): nothing to transform here.
    adapter: cloudflare({ imageService: 'passthrough', configPath: fileURLToPath(new URL('../../../wrangler.jsonc', import.meta.url)) }),
    integrations: [hostedPreview()],
    // Not Astro's sessions: the preview's own signed cookie (session.ts) needs no storage.
    session: false,
  }
}
