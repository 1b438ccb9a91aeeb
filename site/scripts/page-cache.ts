/**
 * Astro's incremental build keeps a copy of every page that has a cacheKey in
 * <cacheDir>/dist/ and, for an unchanged page, copies it into the new build one file
 * at a time. Linking the whole folder up front, natively, is many times faster at
 * 20,000 pages: Astro then finds the page already there and leaves it alone, and
 * writes anew the pages it renders again. What is left to do after the build is to
 * remove the seeded pages this build no longer has (an update taken down).
 */
import fs, { existsSync, readFileSync } from 'node:fs'
import { readdir, rm, rmdir, stat } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { runTool } from './run-tool.ts'

const MANIFEST = 'incremental-build.json'

interface Manifest {
  routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }>
}

/** Every page file the manifest in `cacheDir` says Astro holds a copy of. */
function cachedPages(cacheDir: string): Set<string> {
  try {
    const manifest = JSON.parse(readFileSync(join(cacheDir, MANIFEST), 'utf8')) as Manifest
    return new Set(Object.values(manifest.routes ?? {}).flatMap((route) => Object.values(route.paths ?? {}).flatMap((p) => (p.outputFile ? [p.outputFile] : []))))
  } catch {
    return new Set()
  }
}

/**
 * Hard links to the cached pages (the cache is beside the output, on one disk); copies
 * where a link cannot be made, replacing (never writing into) any link already made.
 */
async function linkTree(from: string, to: string): Promise<void> {
  await runTool('cp', ['-R', '-l', `${from}/.`, to]).catch(() => runTool('cp', ['-R', '--remove-destination', `${from}/.`, to]))
}

let writingAnew = false

/**
 * A seeded page shares its file with the cache's copy, and with the previous site
 * (seeded the same way). Astro writes a page it renders again in place, which through
 * a link would change those before this build is complete, and a failed build must
 * leave the previous site byte for byte. So from here on, a write in this process to
 * a file with other links first unlinks it: the page is written as a new file and the
 * others keep theirs (copy on write, for the few pages an edit makes again). Astro
 * writes its pages and its cache's copies with `fs.promises.writeFile`; should that
 * change, site/test/incremental-build.test.ts ("never written through") fails.
 */
function writeLinkedFilesAnew(): void {
  if (writingAnew) return
  writingAnew = true
  const promises = fs.promises
  const write = promises.writeFile
  promises.writeFile = (async (file: Parameters<typeof write>[0], ...rest: [Parameters<typeof write>[1], Parameters<typeof write>[2]?]) => {
    if (typeof file === 'string' || file instanceof URL) {
      const stats = await promises.lstat(file).catch(() => undefined)
      if (stats?.isFile() && stats.nlink > 1) await promises.unlink(file)
    }
    return write(file, ...rest)
  }) as typeof write
}

export interface PageCache {
  /** Removes seeded pages that this build neither kept nor made; returns how many. */
  prune(): Promise<number>
}

/** Links Astro's cached pages into `outDir` (which must exist and be empty) before Astro builds there. */
export async function seedFromCache(cacheDir: string, outDir: string): Promise<PageCache> {
  const cached = join(cacheDir, 'dist')
  // What is actually there, not only what the manifest names: a stray file must not outlive its page.
  const seeded = new Set<string>()
  if (cachedPages(cacheDir).size > 0 && existsSync(cached)) {
    for (const entry of await readdir(cached, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) seeded.add(relative(cached, join(entry.parentPath, entry.name)))
    }
    writeLinkedFilesAnew()
    await linkTree(cached, outDir)
  }
  const seededAt = Date.now()
  return {
    async prune() {
      const kept = cachedPages(cacheDir)
      let removed = 0
      for (const file of seeded) {
        if (kept.has(file)) continue
        const path = join(outDir, file)
        // A page Astro wrote in this build (one that lost its cacheKey) stays.
        const written = await stat(path).then((s) => s.mtimeMs > seededAt, () => true)
        if (written) continue
        await rm(path, { force: true })
        await rmdir(dirname(path)).catch(() => {}) // the page's folder, once empty
        removed += 1
      }
      return removed
    },
  }
}
