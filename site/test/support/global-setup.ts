import type { TestProject } from 'vitest/node'
import { buildSite } from './build-site.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The demo dataset's site, built once for every test file that reads pages or feeds. */
    demoSiteDir: string
  }
}

export default async function setup(project: TestProject) {
  const result = await buildSite({ DATASET_FILE: undefined, SANITY_PROJECT_ID: undefined })
  if (result.code !== 0) throw new Error(`The demo site did not build:\n${result.stdout}\n${result.stderr}`)
  project.provide('demoSiteDir', result.outDir)
}
