import { inject } from 'vitest'
import { builtOnce } from './built-once.ts'
import { buildSite } from './build-site.ts'

/**
 * The demo dataset's site, built on first use and shared by every later test file
 * in the run, in any worker (built-once.ts: the first file to ask builds, the others wait).
 */
export async function demoSite(): Promise<string> {
  return builtOnce(inject('demoSiteDir'), async () => {
    const result = await buildSite({ DATASET_FILE: undefined, SANITY_PROJECT_ID: undefined }, inject('demoSiteDir'))
    if (result.code !== 0) throw new Error(`The demo site did not build:\n${result.stdout}\n${result.stderr}`)
  })
}
