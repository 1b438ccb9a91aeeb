// Every command the README's Scripts table documents, run as a reader would type it
// (`npm run <script>` from the repository root), on small inputs: so none can break
// unnoticed. A command that needs a real Sanity project or the network is run without
// one, and must say what is missing. A few are run in full by other test files, named below.
import { spawn } from 'node:child_process'
import { existsSync, globSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { baseDocuments, writeDataset } from '../../site/test/fixtures/dataset.ts'

const ROOT = resolve(import.meta.dirname, '../..')
// npm runs the project's own Node; the machine's may be older.
const PATH = `${dirname(process.execPath)}:${process.env.PATH}`
// No network: whatever tries to reach out fails at once on a closed local port.
// (The local servers some of them start, on 127.0.0.1, are reached directly.)
const OFFLINE = { NODE_USE_ENV_PROXY: '1', HTTPS_PROXY: 'http://127.0.0.1:9', HTTP_PROXY: 'http://127.0.0.1:9', NO_PROXY: '127.0.0.1,localhost,.localhost', DO_NOT_TRACK: '1', NO_COLOR: '1', CI: 'true' }
// Settings a developer may have exported that would point a command somewhere else.
const UNSET = ['DATASET_FILE', 'SANITY_PROJECT_ID', 'SANITY_DATASET', 'SANITY_API_READ_TOKEN', 'SANITY_PERSPECTIVE', 'SANITY_STUDIO_PROJECT_ID', 'SANITY_STUDIO_DATASET', 'SANITY_AUTH_TOKEN', 'SITE_OUT_DIR', 'SITE_CACHE_DIR', 'WEBSUB_HUB']

interface Run {
  code: number | null
  output: string
}

const running = new Set<number>()
afterAll(() => {
  for (const pid of running) process.kill(-pid, 'SIGTERM')
})

/** `npm run <args>` from the repository root; resolves when it exits, or, with `until`, as soon as `until` is true of its output (then stops it). */
function npmRun(args: string[], env: Record<string, string> = {}, until?: (output: string) => boolean): Promise<Run> {
  const inherited: NodeJS.ProcessEnv = { ...process.env }
  for (const name of UNSET) delete inherited[name]
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', ...args], { cwd: ROOT, env: { ...inherited, PATH, ...OFFLINE, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    running.add(child.pid!)
    let output = ''
    const stop = () => {
      running.delete(child.pid!)
      try {
        process.kill(-child.pid!, 'SIGTERM')
      } catch {
        // already gone
      }
    }
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      if (until?.(output)) {
        stop()
        done({ code: null, output })
      }
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    child.on('error', fail)
    child.on('close', (code) => {
      running.delete(child.pid!)
      done({ code, output })
    })
  })
}

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => done(port))
    })
  })

const scratch = () => mkdtempSync(join(tmpdir(), 'npm-script-'))
const smallCampaign = () => writeDataset(baseDocuments())

/** Documented commands checked in full by another test file, which runs the same `npm run`. */
const ELSEWHERE: Record<string, string> = {
  test: 'this suite itself (`vitest run`, every project)',
  'test:quick': 'the "quick" project of this suite (vitest.config.ts)',
  'test:no-browser': 'the "quick" and "build" projects of this suite (vitest.config.ts), checked below to hold no browser test',
  'test:studio': 'studio/test/browser/*.test.ts, in this suite',
  'build:preview': 'site/test/preview-worker.test.ts (`npm run build:preview`, then every check of the built Worker)',
  'preview:worker': 'site/test/preview-worker.test.ts (`npm run preview:worker` in workerd against the local Content Lake)',
  'preview:drafts': 'site/test/preview-server.test.ts (`npm run preview:drafts`, refused without settings, then serving drafts)',
  'schema:validate': 'studio/test/sanity-cli.test.ts (`npm run schema:validate`: no errors, no warnings)',
  'build:studio': 'studio/test/sanity-cli.test.ts (`npm run build:studio`, offline, with no project id)',
  // Not run by `npm test`: it is a check of its own (TypeScript over three packages, the slowest
  // command here after the builds), run before pushing; a break shows as its own failure, not a test's.
  typecheck: 'nothing: run it yourself (see docs/testing.md)',
}

/** The scripts package.json defines, by name. */
const packageScripts = () => (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts

/** The `npm run` scripts (and `npm test`) the README's Scripts table documents. */
function documentedScripts(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const table = readme.slice(readme.indexOf('## Scripts'), readme.indexOf('\n## ', readme.indexOf('## Scripts') + 1))
  const names = [...table.matchAll(/^\| `npm (?:run )?([a-z:-]+)/gm)].map((m) => m[1]!)
  return [...new Set(names)]
}

const SMOKED = ['build', 'studio', 'validate:content', 'seed:write', 'seed:pack', 'seed:import', 'notify-hub', 'publish-time', 'preview-time', 'bench', 'test:repeat']

describe('the README\'s Scripts table', () => {
  it('documents only scripts package.json has, and each has a smoke test here or a test elsewhere', () => {
    const scripts = packageScripts()
    const documented = documentedScripts()
    expect(documented.length).toBeGreaterThan(10)
    for (const name of documented) {
      expect(scripts, `npm run ${name}`).toHaveProperty([name])
      expect(SMOKED.includes(name) || name in ELSEWHERE, `npm run ${name} has no smoke test`).toBe(true)
    }
  })

  it('test:quick and test:no-browser run projects this suite has, and no test that drives Chromium', async () => {
    const scripts = packageScripts()
    const { default: config } = (await import('../../vitest.config.ts')) as { default: { test: { projects: { test: { name: string; include: string[]; exclude?: string[] } }[] } } }
    const projects = new Map(config.test.projects.map(({ test }) => [test.name, test]))
    // Found here by what a file calls, not by the config's own sorting, so a misfiled browser test shows.
    const chromiumFiles = globSync('{schemas,studio,site,scripts}/test/**/*.test.ts', { cwd: ROOT }).filter((file) =>
      /\b(launchChromium|startStudioSession|openStudio|chromium\.launch\w*)\(/.test(readFileSync(join(ROOT, file), 'utf8')),
    )
    expect(chromiumFiles.length).toBeGreaterThan(5)
    expect(scripts.test).toBe('vitest run') // the whole suite, every project
    for (const name of ['test:quick', 'test:no-browser']) {
      const named = [...scripts[name]!.matchAll(/--project (\S+)/g)].map((m) => m[1]!)
      expect(named.length, name).toBeGreaterThan(0)
      for (const project of named) {
        expect([...projects.keys()], `${name}: --project ${project}`).toContain(project)
        const { include, exclude = [] } = projects.get(project)!
        const runs = (file: string) => include.includes(file) || (include.some((pattern) => pattern.includes('*')) && !exclude.includes(file))
        expect(chromiumFiles.filter(runs), `${name}: project ${project} runs browser tests`).toEqual([])
      }
    }
  })
})

describe('each documented npm script, on small inputs', { timeout: 180_000 }, () => {
  it('build: builds a small campaign into SITE_OUT_DIR', async () => {
    const out = join(scratch(), 'dist')
    const { code, output } = await npmRun(['build'], { DATASET_FILE: smallCampaign(), SITE_OUT_DIR: out, CAMPAIGN_NOW: '2021-01-15T12:00:00Z', SITE_URL: 'https://campaign.test/' })
    expect(code, output).toBe(0)
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Test campaign')
    expect(existsSync(join(out, 'rss.xml'))).toBe(true)
  })

  it('validate:content: says a good dataset file is valid, and names the document and field of a bad one', async () => {
    const good = await npmRun(['validate:content', '--', smallCampaign()])
    expect(good.code, good.output).toBe(0)
    expect(good.output).toMatch(/valid\./)
    const bad = writeDataset(baseDocuments().map((doc) => (doc._id === 'ask-diagnosis' ? { ...doc, slug: undefined } : doc)))
    const refused = await npmRun(['validate:content', '--', bad])
    expect(refused.code).toBe(1)
    expect(refused.output).toMatch(/ask ask-diagnosis slug/)
  })

  it('seed:write: writes the demo dataset from its sources, byte for byte the committed one', async () => {
    const folder = scratch()
    const { code, output } = await npmRun(['seed:write', '--', folder])
    expect(code, output).toBe(0)
    const committed = join(ROOT, 'studio/seed/demo')
    expect(readFileSync(join(folder, 'data.ndjson'), 'utf8')).toBe(readFileSync(join(committed, 'data.ndjson'), 'utf8'))
    expect(readdirSync(join(folder, 'images')).sort()).toEqual(readdirSync(join(committed, 'images')).sort())
  })

  it('seed:pack: packs the demo dataset into studio/seed/demo.tar.gz', async () => {
    const { code, output } = await npmRun(['seed:pack'])
    expect(code, output).toBe(0)
    const listing = await new Promise<string>((done) => {
      const tar = spawn('tar', ['-tzf', join(ROOT, 'studio/seed/demo.tar.gz')])
      let out = ''
      tar.stdout.on('data', (d) => (out += d))
      tar.on('close', () => done(out))
    })
    expect(listing).toMatch(/^production-export-[^/]+\/data\.ndjson$/m)
  })

  it('seed:import: with no Sanity project set, names what to set and imports nothing', async () => {
    const { code, output } = await npmRun(['seed:import'])
    expect(code).not.toBe(0)
    for (const setting of ['SANITY_STUDIO_PROJECT_ID', 'SANITY_AUTH_TOKEN']) expect(output).toContain(setting)
    expect(output).not.toMatch(/Importing/)
  })

  it('notify-hub: with no hub set, says so and succeeds', async () => {
    const { code, output } = await npmRun(['notify-hub'])
    expect(code, output).toBe(0)
    expect(output).toMatch(/WEBSUB_HUB/)
  })

  it('studio: the dev server answers with the Studio', async () => {
    const port = await freePort()
    let exited: Run | undefined
    const started = npmRun(['studio'], { SANITY_STUDIO_SERVER_PORT: String(port) }, () => false).then((run) => (exited = run))
    try {
      // Asked until it answers (it listens on 127.0.0.1 once Vite is ready), or until the
      // command gives up. Each ask has its own time limit, so one stalled connection is retried.
      let page: string | undefined
      while (page === undefined) {
        expect(exited, exited?.output).toBeUndefined()
        page = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.text(), () => undefined)
        if (page === undefined) await new Promise((resolve) => setTimeout(resolve, 250))
      }
      expect(page).toMatch(/<div id="sanity"/)
    } finally {
      // Vite holds on to SIGTERM while it is still bundling the Studio's dependencies (the
      // first request starts that), so the dev server is given 5 s, then killed.
      for (const pid of running) process.kill(-pid, 'SIGTERM')
      const gone = await Promise.race([started.then(() => true), new Promise<false>((resolve) => setTimeout(resolve, 5_000, false))])
      if (!gone) for (const pid of running) process.kill(-pid, 'SIGKILL')
      await started
    }
  })

  it('publish-time: times a publish from a private Content Lake stand-in, on a small campaign', async () => {
    const { code, output } = await npmRun(['publish-time', '--', '--data', smallCampaign()])
    expect(code, output).toBe(0)
    expect(output).toMatch(/\| Build from Sanity \(CONTENT_PROBLEMS=leave-out, warm cache\) \| \d+\.\d \|/)
    expect(output).toMatch(/\| \*\*measured total\*\* \| \*\*\d+\.\d\*\* \|/)
  }, 300_000)

  it('preview-time: times warm pages of the hosted preview against the local Content Lake', async () => {
    const { code, output } = await npmRun(['preview-time', '--', '--requests', '1'])
    expect(code, output).toBe(0)
    expect(output).toContain('| page | wall time a request (ms) | workerd CPU a request (ms) |')
    expect(output).toMatch(/^\| \/ \| \d+ \| \d+ \|$/m)
  }, 300_000)

  it('bench: refuses sizes it cannot build, before building anything', async () => {
    const { code, output } = await npmRun(['bench'], { BENCH_SIZES: '0' })
    expect(code).not.toBe(0)
    expect(output).toContain('BENCH_SIZES must be positive integers, got "0"')
  })

  it('test:repeat: runs a script n times and counts the runs that passed and failed', async () => {
    const usage = await npmRun(['test:repeat'])
    expect(usage.code).toBe(2)
    expect(usage.output).toContain('Usage: npm run test:repeat -- <n> <npm script>')
    const passing = await npmRun(['test:repeat', '--', '2', 'notify-hub'])
    expect(passing.code, passing.output).toBe(0)
    expect(passing.output).toMatch(/run 2\/2: passed/)
    expect(passing.output).toContain('2 of 2 runs passed')
    const failing = await npmRun(['test:repeat', '--', '1', 'seed:import'])
    expect(failing.code).toBe(1)
    expect(failing.output).toMatch(/run 1\/1: FAILED/)
    expect(failing.output).toContain('0 of 1 runs passed; failed: run 1')
  })
})
