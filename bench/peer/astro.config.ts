// The peer baseline: what a team would build without a CMS. Folders come from the
// bench harness (scripts/src/bench/run.ts) so nothing is written into the repo.
import { defineConfig } from 'astro/config'

export default defineConfig({
  site: 'https://peer.example.org',
  outDir: process.env.BENCH_OUT_DIR ?? './dist',
  publicDir: process.env.BENCH_PUBLIC_DIR ?? './public',
  cacheDir: process.env.BENCH_CACHE_DIR ?? './node_modules/.astro',
})
