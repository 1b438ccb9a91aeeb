// npm run preview-time: what one warm page of the hosted preview costs, the figure
// Cloudflare bills and limits (CPU time per request: 10 ms on the Workers Free plan,
// 30 s by default on the paid plan), and how long an editor waits for it (wall time).
//
// It runs the built Worker (npm run build:preview) in workerd through npm run
// preview:worker, against the Studio tests' local Content Lake on 127.0.0.1 holding
// the campaign, makes Presentation's handshake, warms each page, then asks for it
// again and again. Wall time is measured by the client; CPU time is what the workerd
// processes used (its /proc utime + stime) over those requests, divided by their number:
// the Worker's own work (parsing the Content Lake's answers, checking them, rendering),
// without the Content Lake's time, which is not the Worker's CPU.
//
// Options: --updates N (a synthetic campaign of N updates; default: the demo dataset),
//          --requests N (timed requests per page, default 10).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createClient } from '@sanity/client'
import { createPreviewSecret } from '@sanity/preview-url-secret/create-secret'
import { LAKE_DATASET, LAKE_PROJECT_ID, LAKE_TOKEN, startContentLake } from '../../studio/test/support/lake/server.ts'
import { writeDataset } from './synthetic/dataset.ts'

const root = resolve(import.meta.dirname, '../..')
const { values } = parseArgs({ options: { updates: { type: 'string' }, requests: { type: 'string' } } })
const requests = Number(values.requests) || 10
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as { port: number }
  await new Promise((done) => server.close(done))
  return port
}

/** CPU seconds (user + system) a process has used so far. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS
}

/** The most resident memory a process has held, in MiB. */
function peakMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'))
  return Number(line?.match(/\d+/)?.[0] ?? 0) / 1024
}

/** The workerd processes of a process group (wrangler starts two: the Worker's, and its own proxy's). */
function workerdIn(group: number): number[] {
  const ps = spawnSync('ps', ['-o', 'pid=,comm=', '-g', String(group)], { encoding: 'utf8' }).stdout
  return ps.split('\n').filter((l) => /\bworkerd\b/.test(l)).map((l) => Number(l.trim().split(/\s+/)[0]))
}

const work = mkdtempSync(join(tmpdir(), 'preview-time-'))
let worker: ReturnType<typeof spawn> | undefined
let lake: Awaited<ReturnType<typeof startContentLake>> | undefined
let log = ''
try {
  let datasetFile = join(root, 'studio/seed/demo/data.ndjson')
  if (values.updates) {
    datasetFile = join(work, 'data.ndjson')
    await writeDataset({ updates: Number(values.updates), seed: 1, out: datasetFile })
  }
  if (!existsSync(join(root, 'site/dist-preview/server/wrangler.json'))) {
    console.log('Building the preview (npm run build:preview)...')
    spawnSync('npm', ['run', 'build:preview'], { cwd: root, stdio: 'inherit' })
  }
  lake = await startContentLake({ studioDir: work, datasetFile })
  const port = await freePort()
  const env = { ...process.env, PORT: String(port), PREVIEW_INSPECTOR_PORT: String(await freePort()), SANITY_PROJECT_ID: LAKE_PROJECT_ID, SANITY_DATASET: LAKE_DATASET, SANITY_API_READ_TOKEN: LAKE_TOKEN, SANITY_API_HOST: lake.apiUrl, SANITY_STUDIO_URL: lake.studioUrl }
  delete env.PREVIEW_OUT_DIR
  worker = spawn('npm', ['run', '--silent', 'preview:worker'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  worker.stdout!.on('data', (d) => (log += d))
  worker.stderr!.on('data', (d) => (log += d))
  while (!/Ready on http/.test(log)) {
    if (worker.exitCode !== null) throw new Error(`npm run preview:worker did not start:\n${log}`)
    await new Promise((done) => setTimeout(done, 200))
  }
  const workerd = workerdIn(worker.pid!)
  if (!workerd.length) throw new Error('No workerd process found under npm run preview:worker')
  const cpu = () => workerd.reduce((sum, pid) => sum + cpuSeconds(pid), 0)
  const origin = `http://127.0.0.1:${port}`

  // Presentation's handshake, as the Studio makes it.
  const client = createClient({ projectId: LAKE_PROJECT_ID, dataset: LAKE_DATASET, apiVersion: '2025-02-19', token: LAKE_TOKEN, useCdn: false, apiHost: lake.apiUrl, useProjectHostname: false })
  const { secret } = await createPreviewSecret(client, 'preview-time', lake.studioUrl, 'preview-time')
  const enable = await fetch(`${origin}/preview/enable?sanity-preview-secret=${secret}&sanity-preview-pathname=/`, { redirect: 'manual' })
  const cookie = enable.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ')
  const update = lake.documents.all().find((d) => d._type === 'update' && !d._id.startsWith('drafts.') && !d._id.startsWith('versions.') && (d.language ?? 'en') === 'en') as { slug: { current: string } }

  const pages = ['/', `/updates/${update.slug.current}/`, '/updates/']
  const updates = lake.documents.all().filter((d) => d._type === 'update').length
  // The first page reads and checks the whole campaign, as the first page after a save does.
  const started = performance.now()
  const first = await fetch(origin + pages[0], { headers: { Cookie: cookie } })
  await first.arrayBuffer()
  if (first.status !== 200) throw new Error(`${pages[0]} answered ${first.status}`)
  const firstMs = performance.now() - started
  console.log(`\nThe hosted preview, warm, ${updates} updates (${datasetFile}); ${requests} requests a page, one at a time`)
  console.log('| page | wall time a request (ms) | workerd CPU a request (ms) |')
  console.log('| --- | ---: | ---: |')
  for (const page of pages) {
    for (let i = 0; i < 3; i++) await (await fetch(origin + page, { headers: { Cookie: cookie } })).arrayBuffer()
    const cpuBefore = cpu()
    const started = performance.now()
    for (let i = 0; i < requests; i++) {
      const response = await fetch(origin + page, { headers: { Cookie: cookie } })
      await response.arrayBuffer()
      if (response.status !== 200) throw new Error(`${page} answered ${response.status}`)
    }
    const wall = (performance.now() - started) / requests
    const used = ((cpu() - cpuBefore) * 1000) / requests
    console.log(`| ${page} | ${wall.toFixed(0)} | ${used.toFixed(0)} |`)
  }
  console.log(`\nThe first page, reading the whole campaign (as after a save): ${firstMs.toFixed(0)} ms wall.`)
  console.log(`workerd's peak memory (VmHWM, the largest of its processes): ${Math.max(...workerd.map(peakMiB)).toFixed(0)} MiB.`)
} catch (error) {
  // What the Worker said is what explains a failure here.
  console.error(`${(error as Error).stack}\n\nnpm run preview:worker said:\n${log.slice(-4_000)}`)
  process.exitCode = 1
} finally {
  if (worker?.pid) {
    try {
      process.kill(-worker.pid, 'SIGTERM')
    } catch {}
  }
  // Closed on failure too: an open lake keeps this process running.
  await lake?.close()
  rmSync(work, { recursive: true, force: true })
}
