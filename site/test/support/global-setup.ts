import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the demo dataset's site is built, once per test run, by the first test file that asks (demo-site.ts). */
    demoSiteDir: string
    /** Where the hosted preview's Worker is built, once per test run (preview-worker.ts). */
    previewWorkerDir: string
  }
}

export default function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), 'campaign-demo-'))
  project.provide('demoSiteDir', join(root, 'dist'))
  project.provide('previewWorkerDir', join(root, 'dist-preview'))
  // Every temporary folder the tests make (datasets, sites, browser profiles) goes
  // inside this run's folder, through TMPDIR, which the test files and the builds
  // they start inherit: removed with it when the run ends, however many there were.
  const scratch = join(root, 'tmp')
  mkdirSync(scratch)
  process.env.TMPDIR = scratch
  return () => rmSync(root, { recursive: true, force: true })
}
