import { globSync, readFileSync } from 'node:fs'
import { defineConfig } from 'vitest/config'

// One run for every package: each package keeps its tests in its own `test/` folder.
const TEST_FILES = '{schemas,studio,site,scripts}/test/**/*.test.ts'

// Each test file is sorted by what it imports, so a new file lands in the right place by itself:
// one that drives a browser, one that builds a site or runs a command, or neither ("quick").
const BROWSER = /support\/(browser|studio-session|studio-browser)\.ts|from 'playwright-core'/
const SLOW = /support\/(build-site|demo-site|test-studio|feed-hub|preview-lake)\.ts|from 'node:child_process'/
const files = globSync(TEST_FILES)
const uses = (pattern: RegExp) => files.filter((file) => pattern.test(readFileSync(file, 'utf8')))
const browserFiles = uses(BROWSER)
const studioFiles = browserFiles.filter((file) => file.startsWith('studio/test/browser/'))
const siteBrowserFiles = browserFiles.filter((file) => !studioFiles.includes(file))
const slowFiles = uses(SLOW).filter((file) => !browserFiles.includes(file))
const chromiumCheck = 'site/test/support/chromium-check.ts'

const common = { testTimeout: 30_000, hookTimeout: 300_000 }

export default defineConfig({
  test: {
    // Gives each run a folder for the demo site and one for the browser tests' Studio, each built
    // once by the first test file that needs it, whichever worker it runs in (site/test/support/demo-site.ts,
    // studio/test/support/test-studio.ts), and a TMPDIR inside the run's folder.
    globalSetup: ['site/test/support/global-setup.ts', 'studio/test/support/global-setup.ts'],
    // Two test files at a time on a 2-core machine, where a project allows it (the quick ones).
    // Tests within a file run one after another.
    maxWorkers: 2,
    reporters: ['default', './scripts/src/vitest-summary-reporter.ts'],
    projects: [
      // First, and on their own: the tests that need no build and no browser (`npm run test:quick`).
      {
        test: { ...common, name: 'quick', isolate: false, include: [TEST_FILES], exclude: [...browserFiles, ...slowFiles], sequence: { groupOrder: 0 } },
      },
      // Then builds of fixture sites, Sanity's own commands and the scripts', two files at a time: each
      // build keeps its server chunks in a folder of its own (site/scripts/build.ts, docs/testing.md).
      { test: { ...common, name: 'build', include: slowFiles, sequence: { groupOrder: 1 } } },
      // Last, one file at a time and with nothing else of the run beside them: Chromium, on the built
      // site and then on the Studio, whose waits (a search's results, a heavy page's first draw) are
      // what a busy machine stretches. A run with either stops at its start, in one line, if there is
      // no Chromium (chromium-check.ts); one with the Studio's starts building it at once (studio-prebuild.ts).
      { test: { ...common, name: 'browser', include: siteBrowserFiles, globalSetup: [chromiumCheck], fileParallelism: false, sequence: { groupOrder: 2 } } },
      { test: { ...common, name: 'studio', include: studioFiles, globalSetup: [chromiumCheck, 'studio/test/support/studio-prebuild.ts'], fileParallelism: false, sequence: { groupOrder: 3 } } },
    ],
  },
})
