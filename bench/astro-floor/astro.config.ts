// Astro's own floor: N static pages from constant data, no content processing.
import { defineConfig } from 'astro/config'

export default defineConfig({
  site: 'https://floor.example.org',
  outDir: process.env.BENCH_OUT_DIR ?? './dist',
  cacheDir: process.env.BENCH_CACHE_DIR ?? './node_modules/.astro',
})
