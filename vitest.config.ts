import { defineConfig } from 'vitest/config'

// One run for every package: each package keeps its tests in its own `test/` folder.
export default defineConfig({
  test: {
    include: ['{schemas,studio,site,scripts}/test/**/*.test.ts'],
    // Gives each run a folder for the demo site and one for the browser tests' Studio, each built by the first
    // test file that needs it (site/test/support/demo-site.ts, studio/test/support/test-studio.ts).
    globalSetup: ['site/test/support/global-setup.ts', 'studio/test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 300_000,
    // Builds and a browser share a 2-core machine: one test file at a time.
    fileParallelism: false,
    reporters: ['default', './scripts/src/vitest-summary-reporter.ts'],
  },
})
