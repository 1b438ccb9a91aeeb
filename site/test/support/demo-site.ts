import { existsSync } from 'node:fs'
import { inject } from 'vitest'
import { buildSite } from './build-site.ts'

/**
 * The demo dataset's site, built on first use and shared by every later test file
 * in the run (test files run one at a time, so there is no race).
 */
export async function demoSite(): Promise<string> {
  const dir = inject('demoSiteDir')
  if (existsSync(dir)) return dir
  const result = await buildSite({ DATASET_FILE: undefined, SANITY_PROJECT_ID: undefined }, dir)
  if (result.code !== 0) throw new Error(`The demo site did not build:\n${result.stdout}\n${result.stderr}`)
  return dir
}
