import { builtOnce } from '../../../site/test/support/built-once.ts'
import { buildTestStudio } from './build-test-studio.ts'
import { testStudioDir } from './global-setup.ts'

/**
 * For a run with Studio browser tests in it: starts building the test Studio at the run's
 * start, beside the tests that come first (a build spends much of its minute on one core).
 * The Studio tests wait for it (test-studio.ts); a failed build is theirs to report.
 */
export default function setup() {
  const dir = testStudioDir()
  const building = builtOnce(dir, () => buildTestStudio(dir)).catch(() => undefined)
  return async () => {
    await building
  }
}
