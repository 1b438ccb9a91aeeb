import { defineConfig } from 'astro/config'
import { siteUrlFrom } from './src/content/index.ts'
import { notFoundPages } from './src/i18n/integration.ts'
import { sitemap } from './src/sitemap/integration.ts'
import { DEFAULT_LANGUAGE, LANGUAGES } from './src/i18n/languages.ts'
import { PREVIEW_TARGET, previewWorkerConfig } from './src/preview/worker/config.ts'

// npm run build:preview sets SITE_TARGET=preview-worker: the same site, rendered on
// request in a Cloudflare Worker (src/preview/worker/). Unset: the static site.
const previewWorker = process.env.SITE_TARGET === PREVIEW_TARGET ? await previewWorkerConfig() : undefined

// Built through scripts/build.ts, which loads and checks the content first and
// builds into a temporary folder, so a failed build never leaves a half-written site.
export default defineConfig({
  site: siteUrlFrom().href,
  trailingSlash: 'always',
  // concurrency 1: Astro's incremental build works only when pages are made one at a time.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 1 },
  compressHTML: true,
  // English at /, Welsh under /cy/ (src/pages/[lang]/, built only when the content has Welsh).
  i18n: { locales: [...LANGUAGES] as string[], defaultLocale: DEFAULT_LANGUAGE as string, routing: { prefixDefaultLocale: false } },
  integrations: [
    notFoundPages(),
    sitemap(),
  ],
  devToolbar: { enabled: false },
  // Pages whose getStaticPaths gives a cacheKey (updates, stories, update lists) are
  // copied from the last build when their key and code are unchanged (src/lib/cache-keys.ts).
  // The cache lives in cacheDir, which scripts/build.ts chooses.
  experimental: { incrementalBuild: true },
  telemetry: false,
  ...(previewWorker && {
    ...previewWorker,
    // The handshake's addresses have none; a page answers with or without one.
    trailingSlash: 'ignore',
    experimental: {},
  }),
} as unknown as Parameters<typeof defineConfig>[0])
