/**
 * Builds the site into site/dist, all or nothing: content is loaded and checked
 * before Astro starts, the site is built into a temporary folder, and only a
 * complete build replaces the previous site/dist.
 */
import { existsSync } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import { join, resolve, sep } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { build } from 'astro'
import { ContentError, SourceError, getContent } from '../src/content/index.ts'
import { cacheFolder, outputFolder, siteRoot } from './folders.ts'
import { addFormOrigins } from './form-origins.ts'
import { writeLocalImages } from './images.ts'
import { seedFromCache } from './page-cache.ts'
import { runTool } from './run-tool.ts'
import { shardSize, startSearchIndex } from './search-index.ts'
import { writeShareImages } from './share-images.ts'

// SITE_OUT_DIR lets tests build side by side without touching site/dist.
const finalDir = outputFolder()
// Siblings of the final folder, so the swap is a rename on one file system.
const outDir = `${finalDir}.building-${process.pid}`
// The site this build replaces is kept beside it until the next build, which removes
// it beside its own work: removed at the end, its 40,000 files took 4–5 s of a
// one-edit rebuild at 20,000 updates, with nothing else to do beside it.
const previous = `${finalDir}.previous`
/** That removal, awaited before the swap, and before a failed build exits (no `rm` outlives the build). */
let clearing: Promise<void> = Promise.resolve()
// What the next build reuses: pages whose cacheKey is unchanged, search shards, share images.
const cacheDir = cacheFolder()
// Read before any work, so a bad value stops the build before anything is written.
const searchShardSize = shardSize()

/** Runs one step of the build and says how long it took, so a slow build shows where. */
async function step<T>(label: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now()
  const result = await run()
  console.log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return result
}

/**
 * One full collection once the content is in. Reading and checking it leaves the
 * raw documents behind as garbage; collected now, before Astro's bundler starts,
 * the heap is sized from what is live, and the bundler's own memory does not land
 * on top of the garbage (at 20,000 updates the build's peak, in bench/README.md).
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc')
  ;(runInNewContext('gc') as () => void)()
}

/**
 * Astro keeps a build's server chunks in `.prerender/` inside the output folder when
 * that folder is under the working directory, and otherwise in the working directory's
 * `.astro/.prerender/`, where two builds at once (the tests, the bench) delete each
 * other's; and chunks outside the project do not find its packages. So a build into a
 * folder elsewhere works from a folder of its own inside the site, with the paths it
 * was given made absolute first. Called once the content is read; the folder is
 * removed when the build ends.
 */
async function workInOwnFolder(): Promise<string | undefined> {
  // site/dist: the chunks go in its .prerender/, which finds the packages.
  if (outDir.startsWith(process.cwd() + sep) && outDir.startsWith(resolve(siteRoot, '..') + sep)) return undefined
  for (const name of ['SITE_OUT_DIR', 'SITE_CACHE_DIR', 'DATASET_FILE']) {
    if (process.env[name]) process.env[name] = resolve(process.env[name])
  }
  const own = join(siteRoot, '.astro', `build-${process.pid}`)
  await mkdir(own, { recursive: true })
  process.chdir(own)
  return own
}

async function main(): Promise<void> {
  const started = performance.now()
  // The cached pages are linked in (a child process: disk work) while the content loads (CPU work).
  const seeding = mkdir(outDir, { recursive: true }).then(() => seedFromCache(cacheDir, outDir))
  seeding.catch(() => {}) // awaited below; an early failure is not "unhandled"
  // Then the site the last build replaced is removed, while Astro bundles and renders:
  // beside the linking, the two slowed each other on the disk.
  clearing = seeding.catch(() => {}).then(() => runTool('rm', ['-rf', previous]))
  clearing.catch(() => {}) // awaited before the swap; an early failure is not "unhandled"
  const content = await step('content loaded and checked', getContent).catch(async (error: unknown) => {
    await seeding.catch(() => {}) // let the copy finish before the folder is removed
    throw error
  })
  console.log(`Content from ${content.source}`)
  console.log(
    `${content.updates.length} updates, ${content.asks.length} asks, ${content.stories.length} stories, ` +
      `${content.milestones.length} milestones (clock ${content.now.toISOString()})`,
  )
  for (const warning of content.warnings) console.warn(`warning: ${warning}`)
  collectGarbage()

  // Search shards and images are made while Astro renders (Pagefind in its own process,
  // one shard at a time, into the cache folder; sharp on its own threads), and moved in after.
  const search = startSearchIndex(content, join(cacheDir, 'search-shards'), searchShardSize)
  const imagesDir = `${outDir}.images`
  const resizing = writeLocalImages(content, imagesDir)
  resizing.catch(() => {}) // awaited below; an early failure is not "unhandled"
  let images: number, indexed: number
  let ownFolder: string | undefined
  try {
    const pages = await step('cached pages linked in (time past the content)', () => seeding)
    ownFolder = await workInOwnFolder()
    await step('pages and feeds', () =>
      build({
        root: siteRoot,
        outDir,
        cacheDir,
        // The folder is new, and holds the cached pages Astro is to keep.
        vite: { build: { emptyOutDir: false } },
        logLevel: process.env.ASTRO_LOG_LEVEL === 'info' ? 'info' : 'warn',
      }),
    )
    const removed = await pages.prune()
    if (removed) console.log(`  ${removed} pages no longer in the content removed`)
    images = await step('images', async () => {
      const count = await resizing
      if (count) await rename(join(imagesDir, 'images'), join(outDir, 'images'))
      return count
    })
    indexed = await step('search index', () => search.write(outDir))
    const share = await step('share images', () => writeShareImages(outDir))
    console.log(`${share.drawn} share images drawn, ${share.reused} unchanged ones reused`)
    await addFormOrigins(content, outDir)
  } finally {
    await search.close()
    await rm(imagesDir, { recursive: true, force: true })
    if (ownFolder) await rm(ownFolder, { recursive: true, force: true })
  }
  console.log(`${images} image sizes written, ${indexed} pages in the search index (${search.stats.indexed} shards indexed, ${search.stats.reused} reused)`)

  // Swap: the old site stays whole until the new one is complete.
  await clearing
  if (existsSync(finalDir)) await rename(finalDir, previous)
  await rename(outDir, finalDir)
  console.log(`Site built into ${finalDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
}

try {
  await main()
} catch (error) {
  await clearing.catch(() => {})
  await rm(outDir, { recursive: true, force: true })
  if (error instanceof ContentError || error instanceof SourceError) {
    console.error(`\nBuild stopped; site/dist is unchanged.\n${error.message}`)
  } else {
    console.error('\nBuild stopped; site/dist is unchanged.')
    console.error(error)
  }
  process.exitCode = 1
}
