import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the Studio for the browser tests is built, once per run (test-studio.ts, studio-prebuild.ts). */
    testStudioDir: string
  }
}

/**
 * The run's folder for the test Studio, the same whichever global setup asks first
 * (the Studio project's prebuild can run before this one): kept in the environment.
 */
export function testStudioDir(): string {
  process.env.CAMPAIGN_TEST_STUDIO_ROOT ??= mkdtempSync(join(tmpdir(), 'campaign-test-studio-'))
  return join(process.env.CAMPAIGN_TEST_STUDIO_ROOT, 'dist')
}

export default function setup(project: TestProject) {
  project.provide('testStudioDir', testStudioDir())
  return () => {
    rmSync(process.env.CAMPAIGN_TEST_STUDIO_ROOT!, { recursive: true, force: true })
    delete process.env.CAMPAIGN_TEST_STUDIO_ROOT
  }
}
