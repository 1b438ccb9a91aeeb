import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'

/**
 * Makes `dir` once per test run, however many test files (in however many workers)
 * ask at the same moment: the first to take `<dir>.lock` builds, the others wait for
 * its `<dir>.done` (or its `<dir>.failed`, whose message they throw too).
 */
export async function builtOnce(dir: string, build: () => Promise<void>): Promise<string> {
  const done = `${dir}.done`
  const failed = `${dir}.failed`
  if (existsSync(done)) return dir
  let builder = true
  try {
    mkdirSync(`${dir}.lock`)
  } catch {
    builder = false
  }
  if (builder) {
    try {
      await build()
      writeFileSync(done, '')
      return dir
    } catch (error) {
      writeFileSync(failed, (error as Error).message)
      throw error
    }
  }
  // Another worker is building it: the marker files are the only signal across processes.
  while (!existsSync(done)) {
    if (existsSync(failed)) throw new Error(`(built by another test file) ${readFileSync(failed, 'utf8')}`)
    await sleep(250)
  }
  return dir
}
