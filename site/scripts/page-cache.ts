/**
 * Astro's incremental build keeps a copy of every page that has a cacheKey in
 * <cacheDir>/dist/ and, for an unchanged page, copies it into the new build one file
 * at a time. Copying the whole folder up front, natively, is several times faster
 * at 20,000 pages: Astro then finds the page already there and leaves it alone, and
 * overwrites the pages it renders again. What is left to do after the build is to
 * remove the copied pages this build no longer has (an update taken down).
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { readdir, rm, rmdir, stat } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'

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

function copyTree(from: string, to: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const cp = spawn('cp', ['-R', `${from}/.`, to], { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    cp.stderr.on('data', (d) => (stderr += d))
    cp.on('error', reject)
    cp.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`cp of the page cache failed: ${stderr.trim()}`))))
  })
}

export interface PageCache {
  /** Removes copied pages that this build neither kept nor made; returns how many. */
  prune(): Promise<number>
}

/** Copies Astro's cached pages into `outDir` (which must exist and be empty) before Astro builds there. */
export async function seedFromCache(cacheDir: string, outDir: string): Promise<PageCache> {
  const cached = join(cacheDir, 'dist')
  // What is actually there, not only what the manifest names: a stray file must not outlive its page.
  const seeded = new Set<string>()
  if (cachedPages(cacheDir).size > 0 && existsSync(cached)) {
    for (const entry of await readdir(cached, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) seeded.add(relative(cached, join(entry.parentPath, entry.name)))
    }
    await copyTree(cached, outDir)
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
