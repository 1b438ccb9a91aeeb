import { defineConfig } from 'vitest/config'

// One run for every package: each package keeps its tests in its own `test/` folder.
export default defineConfig({
  test: {
    include: ['{schemas,studio,site,scripts}/test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 300_000,
    // Builds and browsers are heavy on a 2-core machine: run test files one or two at a time.
    maxWorkers: 2,
  },
})
