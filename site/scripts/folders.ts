/**
 * Where a build writes: its output folder, and the cache folder whose contents the
 * next build reuses (Astro's incremental page cache, the search shards, the share
 * images). site/dist's cache is node_modules/.astro at the repository root, which
 * the deploy workflow restores; a build into any other SITE_OUT_DIR keeps its own
 * cache beside its output, so builds side by side (tests, the bench) never share one.
 */
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const siteRoot = fileURLToPath(new URL('..', import.meta.url))

export const outputFolder = (env: NodeJS.ProcessEnv = process.env): string => resolve(env.SITE_OUT_DIR || join(siteRoot, 'dist'))

export const cacheFolder = (env: NodeJS.ProcessEnv = process.env): string =>
  resolve(env.SITE_CACHE_DIR || (env.SITE_OUT_DIR ? `${outputFolder(env)}.cache` : join(siteRoot, '../node_modules/.astro')))
