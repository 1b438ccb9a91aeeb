// npm run preview:drafts: the site as it will look with everyone's unpublished
// changes, for the Studio's Presentation tool. Astro's dev server, reading drafts
// from the Content Lake on every page request, with click-to-edit overlays.
//
// Needs SANITY_PROJECT_ID and SANITY_API_READ_TOKEN (a Viewer token). Optional:
// SANITY_DATASET, SANITY_STUDIO_URL (default http://localhost:3333), PORT (4321),
// CAMPAIGN_NOW (to see scheduled updates as they will be).
import { fileURLToPath } from 'node:url'
import { draftsPreview } from './integration.ts'
import { previewSettings } from './settings.ts'

const siteRoot = fileURLToPath(new URL('../..', import.meta.url))

try {
  previewSettings(process.env)
} catch (error) {
  console.error(`\n${(error as Error).message}\n`)
  process.exit(1)
}

// A dev server: NODE_ENV=test or production (from a CI shell, say) stops Astro's dev server serving pages.
process.env.NODE_ENV = 'development'

// Imported only now: Astro and Vite read NODE_ENV as they load.
const { dev } = await import('astro')
const port = Number(process.env.PORT) || 4321
await dev({ root: siteRoot, server: { port, host: process.env.HOST || 'localhost' }, integrations: [draftsPreview()] })
console.log(`Drafts preview on http://localhost:${port}/ — open the Studio's Preview tool to edit beside it.`)
