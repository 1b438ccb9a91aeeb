import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
import { siteUrlFrom } from './src/content/index.ts'

// Built through scripts/build.ts, which loads and checks the content first and
// builds into a temporary folder, so a failed build never leaves a half-written site.
export default defineConfig({
  site: siteUrlFrom().href,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  integrations: [
    sitemap({
      // Pages not meant to be found by search engines.
      filter: (page) => !/\/(404|search)\/?$/.test(new URL(page).pathname),
    }),
  ],
  devToolbar: { enabled: false },
  telemetry: false,
} as Parameters<typeof defineConfig>[0])
