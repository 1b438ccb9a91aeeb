/**
 * npm run preview:worker: the built hosted preview (npm run build:preview) in workerd,
 * Cloudflare's own runtime, through `wrangler dev`, on http://127.0.0.1:$PORT (8787).
 * Offline: it reaches only the Content Lake named in SANITY_API_HOST (or Sanity's API).
 *
 * Settings, from the environment, passed to the Worker as its variables and secret:
 * SANITY_PROJECT_ID, SANITY_API_READ_TOKEN (a Viewer token), SANITY_DATASET,
 * SANITY_API_HOST, SANITY_STUDIO_URL; also CAMPAIGN_NOW (to see scheduled updates as
 * they will be). SITE_URL is the build's (npm run build:preview reads it).
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { previewSettings } from '../src/preview/settings.ts'
import { previewOutDir } from '../src/preview/worker/config.ts'
import { siteRoot } from './folders.ts'

/** What the Worker is given; nothing else of this shell's environment reaches it. */
export const WORKER_SETTINGS = ['SANITY_PROJECT_ID', 'SANITY_DATASET', 'SANITY_API_READ_TOKEN', 'SANITY_API_HOST', 'SANITY_STUDIO_URL', 'CAMPAIGN_NOW'] as const

const config = join(previewOutDir, 'server/wrangler.json')
if (!existsSync(config)) {
  console.error('\nThe preview is not built yet: run npm run build:preview first.\n')
  process.exit(1)
}
try {
  previewSettings(process.env)
} catch (error) {
  console.error(`\n${(error as Error).message.replace('npm run preview:drafts', 'npm run preview:worker')}\n`)
  process.exit(1)
}

const port = Number(process.env.PORT) || 8787
// The token goes to wrangler in a file only this user can read, never on a command line.
const folder = mkdtempSync(join(tmpdir(), 'campaign-preview-worker-'))
const envFile = join(folder, '.env')
const line = (name: string, value: string) => `${name}=${JSON.stringify(value)}\n`
writeFileSync(envFile, WORKER_SETTINGS.filter((name) => process.env[name]).map((name) => line(name, process.env[name]!)).join(''), { mode: 0o600 })

const wrangler = spawn(
  process.execPath,
  [
    join(siteRoot, '../node_modules/wrangler/bin/wrangler.js'), 'dev',
    '--config', config,
    '--env-file', envFile,
    '--ip', '127.0.0.1',
    '--port', String(port),
    '--inspector-port', String(Number(process.env.PREVIEW_INSPECTOR_PORT) || port + 1000),
    '--persist-to', join(folder, 'state'),
    '--local',
    '--show-interactive-dev-session=false',
    '--live-reload=false',
  ],
  {
    cwd: join(previewOutDir, 'server'),
    stdio: 'inherit',
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !(WORKER_SETTINGS as readonly string[]).includes(name))),
      WRANGLER_SEND_METRICS: 'false',
      WRANGLER_LOG_PATH: join(folder, 'logs'),
    },
  },
)
const cleanUp = () => rmSync(folder, { recursive: true, force: true })
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => wrangler.kill(signal))
wrangler.on('exit', (code) => {
  cleanUp()
  process.exit(code ?? 1)
})
