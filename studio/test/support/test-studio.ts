// The Studio built for the browser tests (studio/test/lake-studio/): built once per test
// run into the run's temporary folder, and shared by every test file, in any worker
// (site/test/support/built-once.ts). A run with Studio tests in it starts the build at
// its start (studio-prebuild.ts), while other tests run; a file that asks waits for it.
import { join, resolve } from 'node:path'
import { inject } from 'vitest'
import { builtOnce } from '../../../site/test/support/built-once.ts'
import { buildTestStudio } from './build-test-studio.ts'

const root = resolve(import.meta.dirname, '../../..')

export const DEMO_DATASET = join(root, 'studio/seed/demo/data.ndjson')

export { TEST_PREVIEW_PORT, TEST_PREVIEW_URL } from './build-test-studio.ts'

export function testStudio(): Promise<string> {
  const dir = inject('testStudioDir')
  return builtOnce(dir, () => buildTestStudio(dir))
}
