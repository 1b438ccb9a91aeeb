// Builds the Studio for the browser tests (studio/test/lake-studio/) into `dir`, with the
// local lake's project id: the normal `npm run build:studio` is not involved.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { LAKE_DATASET, LAKE_PROJECT_ID } from './lake/project-api.ts'

/** Where the test Studio's Presentation tool looks for the preview: the hosted preview's Worker, run by the test that uses it. */
export const TEST_PREVIEW_PORT = 48787
export const TEST_PREVIEW_URL = `http://127.0.0.1:${TEST_PREVIEW_PORT}`

const root = resolve(import.meta.dirname, '../../..')
const sanityCli = join(root, 'node_modules/@sanity/cli/bin/run.js')
const configDir = resolve(import.meta.dirname, '../lake-studio')

export async function buildTestStudio(dir: string): Promise<void> {
  const { SANITY_STUDIO_PREVIEW_URL: _preview, SANITY_STUDIO_SITE_URL: _site, ...inherited } = process.env
  const output = await new Promise<{ code: number | null; log: string }>((done, fail) => {
    const child = spawn(process.execPath, [sanityCli, 'build', dir, '--yes'], {
      cwd: configDir,
      env: { ...inherited, SANITY_STUDIO_PREVIEW_URL: TEST_PREVIEW_URL, SANITY_STUDIO_PROJECT_ID: LAKE_PROJECT_ID, SANITY_STUDIO_DATASET: LAKE_DATASET, DO_NOT_TRACK: '1', NO_COLOR: '1', CI: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let log = ''
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
    child.on('error', fail)
    child.on('close', (code) => done({ code, log }))
  })
  if (output.code !== 0 || !existsSync(join(dir, 'index.html'))) throw new Error(`The test Studio did not build:\n${output.log}`)
}
