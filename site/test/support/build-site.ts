import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const BUILD_SCRIPT = fileURLToPath(new URL('../../scripts/build.ts', import.meta.url))

export interface BuildResult {
  code: number | null
  stdout: string
  stderr: string
  outDir: string
}

/** The test clock: after the demo campaign's last update, before its scheduled one. */
export const TEST_NOW = '2021-01-15T12:00:00Z'
export const TEST_SITE_URL = 'https://campaign.test/'

/**
 * Runs the real build (`node site/scripts/build.ts`) as a user would, in a child
 * process, into its own folder.
 */
export function buildSite(env: Record<string, string | undefined>, outDir = join(mkdtempSync(join(tmpdir(), 'campaign-site-')), 'dist')): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUILD_SCRIPT], {
      env: { ...process.env, CAMPAIGN_NOW: TEST_NOW, SITE_URL: TEST_SITE_URL, ...env, SITE_OUT_DIR: outDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr, outDir }))
  })
}
