/**
 * npm run build:preview: the hosted preview, a Cloudflare Worker built by Astro's
 * Cloudflare adapter from the same routes, components and content layer as the
 * static site, into site/dist-preview/ (server/ holds the Worker and its wrangler.json).
 * Nothing is read from the Content Lake at build time: every page is rendered on request.
 */
import { build } from 'astro'
import { siteRoot } from './folders.ts'
import { PREVIEW_TARGET, previewOutDir } from '../src/preview/worker/config.ts'

process.env.SITE_TARGET = PREVIEW_TARGET
await build({ root: siteRoot, logLevel: 'warn' })
console.log(`The hosted preview's Worker is built in ${previewOutDir} (run it with npm run preview:worker).`)
