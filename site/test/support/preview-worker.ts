// The hosted preview as the tests run it: built once per test run (npm run
// build:preview, into the run's folder), run by `npm run preview:worker` in workerd on
// 127.0.0.1, reading the Studio tests' local Content Lake over plain HTTP.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createClient } from '@sanity/client'
import { createPreviewSecret } from '@sanity/preview-url-secret/create-secret'
import { inject } from 'vitest'
// Its `previewWorkerDir`, for inject(), wherever this file is used from.
import type {} from './global-setup.ts'
import { TEST_SITE_URL } from './build-site.ts'
import { LAKE_DATASET, LAKE_PROJECT_ID, LAKE_TOKEN, startContentLake, type ContentLake } from '../../../studio/test/support/lake/server.ts'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
export const DEMO = join(ROOT, 'studio/seed/demo/data.ndjson')
// npm and the scripts it runs find this Node (24) first.
const PATH = `${dirname(process.execPath)}:${process.env.PATH}`
/** Vitest's own settings and the shell's Sanity settings: neither reaches a preview. */
const NOT_PASSED = /^(VITEST.*|TEST|NODE_ENV|MODE|BASE_URL|DEV|PROD|SSR|SANITY_.*|DATASET_FILE|SITE_URL|CAMPAIGN_NOW|PORT)$/

function run(script: string, env: Record<string, string>, options: { detached?: boolean } = {}): ChildProcess {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !NOT_PASSED.test(name)))
  return spawn('npm', ['run', '--silent', script], { cwd: ROOT, env: { ...inherited, PATH, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'], ...options })
}

/** The Worker, built once per test run by the first test file that asks. */
export async function builtPreview(): Promise<string> {
  const dir = inject('previewWorkerDir')
  if (existsSync(join(dir, 'server/wrangler.json'))) return dir
  const child = run('build:preview', { PREVIEW_OUT_DIR: dir, SITE_URL: TEST_SITE_URL })
  let log = ''
  child.stdout!.on('data', (d) => (log += d))
  child.stderr!.on('data', (d) => (log += d))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  if (code !== 0 || !existsSync(join(dir, 'server/wrangler.json'))) throw new Error(`npm run build:preview failed:\n${log}`)
  return dir
}

export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** The Studio tests' local Content Lake holding the demo campaign (no Studio is served from it here). */
export function startLake(): Promise<ContentLake> {
  return startContentLake({ studioDir: mkdtempSync(join(tmpdir(), 'campaign-no-studio-')), datasetFile: DEMO })
}

export interface RunningPreview {
  origin: string
  output(): string
  stop(): Promise<void>
}

/** `npm run preview:worker` against the lake, in its own process group; resolves once it answers. */
export async function startPreviewWorker(lake: ContentLake, env: Record<string, string> = {}): Promise<RunningPreview> {
  const dir = await builtPreview()
  const port = Number(env.PORT) || (await freePort())
  const child = run(
    'preview:worker',
    {
      PREVIEW_OUT_DIR: dir,
      PREVIEW_INSPECTOR_PORT: String(await freePort()),
      SANITY_PROJECT_ID: LAKE_PROJECT_ID,
      SANITY_DATASET: LAKE_DATASET,
      SANITY_API_READ_TOKEN: LAKE_TOKEN,
      SANITY_API_HOST: lake.apiUrl,
      SANITY_STUDIO_URL: lake.studioUrl,
      ...env,
      PORT: String(port),
    },
    { detached: true },
  )
  let log = ''
  child.stdout!.on('data', (d) => (log += d))
  child.stderr!.on('data', (d) => (log += d))
  const origin = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
    }
    await exited
  }
  const deadline = Date.now() + 120_000
  while (!/Ready on http/.test(log)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop()
      throw new Error(`npm run preview:worker did not start:\n${log}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return { origin, output: () => log, stop }
}

/** What the Studio's Presentation tool does first: a secret in the dataset, valid for an hour. */
export async function previewSecret(lake: ContentLake): Promise<string> {
  const client = createClient({ projectId: LAKE_PROJECT_ID, dataset: LAKE_DATASET, apiVersion: '2025-02-19', token: LAKE_TOKEN, useCdn: false, apiHost: lake.apiUrl, useProjectHostname: false })
  return (await createPreviewSecret(client, 'campaign-tests', lake.studioUrl, 'test-editor')).secret
}

/** The handshake, as the Presentation tool's iframe makes it: the session cookie (and perspective) it sets, and where it goes. */
export async function enablePreview(origin: string, secret: string, pathname = '/', perspective = 'drafts') {
  const url = new URL('/preview/enable', origin)
  url.searchParams.set('sanity-preview-secret', secret)
  url.searchParams.set('sanity-preview-pathname', pathname)
  url.searchParams.set('sanity-preview-perspective', perspective)
  const response = await fetch(url, { redirect: 'manual' })
  const cookies = response.headers.getSetCookie()
  const cookie = cookies.map((c) => c.split(';')[0]).join('; ')
  return { response, cookies, cookie, location: response.headers.get('location') }
}
