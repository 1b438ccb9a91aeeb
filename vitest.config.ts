import { defineConfig } from 'vitest/config'

// One run for every package: each package keeps its tests in its own `test/` folder.
export default defineConfig({
  test: {
    include: ['{schemas,studio,site,scripts}/test/**/*.test.ts'],
    // The demo site is built once, before any test file runs; page, feed and browser tests read it.
    globalSetup: ['site/test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 300_000,
    // Builds and a browser share a 2-core machine: one test file at a time.
    fileParallelism: false,
  },
})
