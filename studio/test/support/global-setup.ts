import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the Studio for the browser tests is built, once per run, by the first test file that asks (test-studio.ts). */
    testStudioDir: string
  }
}

export default function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), 'campaign-test-studio-'))
  project.provide('testStudioDir', join(root, 'dist'))
  return () => rmSync(root, { recursive: true, force: true })
}
