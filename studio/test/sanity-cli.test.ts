// The Studio as a fresh machine sees it: no project id, no network. Both
// commands must still succeed, run as the README documents them (`npm run …`).
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
// npm runs the project's own Node; the machine's may be older.
const PATH = `${dirname(process.execPath)}:${process.env.PATH}`

interface Run {
  code: number | null
  output: string
}

/** `npm run <args>` from the repository root. */
function npmRun(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const { SANITY_STUDIO_PROJECT_ID: _id, SANITY_STUDIO_DATASET: _dataset, ...inherited } = process.env
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', ...args], {
      cwd: root,
      env: { ...inherited, PATH, DO_NOT_TRACK: '1', NO_COLOR: '1', FORCE_COLOR: '0', CI: 'true', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', fail)
    child.on('close', (code) => done({ code, output }))
  })
}

const outDirs: string[] = []
afterAll(() => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true })
})

describe('sanity CLI, offline', () => {
  it('`npm run schema:validate` (sanity schema validate) finds no errors or warnings', async () => {
    const { code, output } = await npmRun(['schema:validate'])
    expect(output).toMatch(/Errors:\s+0 errors/)
    expect(output).toMatch(/Warnings:\s+0 warnings/)
    expect(code, output).toBe(0)
  }, 180_000)

  it('`npm run build:studio` (sanity build) builds the Studio with no project id, and says how to connect it', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'studio-build-'))
    outDirs.push(outDir)
    const { code, output } = await npmRun(['build:studio', '--', outDir])
    expect(code, output).toBe(0)
    expect(output).toMatch(/SANITY_STUDIO_PROJECT_ID is not set/)
    expect(existsSync(join(outDir, 'index.html'))).toBe(true)

    const scripts = readdirSync(join(outDir, 'static')).filter((name) => name.endsWith('.js'))
    const bundle = scripts.map((name) => readFileSync(join(outDir, 'static', name), 'utf8')).join('\n')
    // The content model made it into the bundle, with its editor-facing words.
    expect(bundle).toContain('Meeting requested')
    expect(bundle).toContain('Campaign Studio (not connected: set SANITY_STUDIO_PROJECT_ID)')
  }, 240_000)
})
