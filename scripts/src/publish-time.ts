// npm run publish-time: how long the deploy workflow's content-event path takes (a
// publish in Sanity, or the hourly run), timed here step by step from a warm cache.
//
// It builds once as the previous run would have (that fills the build cache), edits
// one update as an editor's correction would, then times what the workflow runs for
// that event: the build from "Sanity" (a Content Lake stand-in on 127.0.0.1 answering
// with @sanity/client's own requests, CONTENT_PROBLEMS=leave-out), and wrangler's start.
// What cannot be timed offline (GitHub starting the job, restoring the two caches,
// wrangler's upload) is reported as sizes, for the reader to add.
//
// Options: --updates N (a synthetic campaign of N updates; default: the demo dataset),
//          --data /abs/data.ndjson (a dataset file of your own).
import { spawn, spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { startContentLakeStub } from './bench/content-lake-stub.ts'
import { editOneUpdate } from './bench/edit-update.ts'
import { writeDataset } from './synthetic/dataset.ts'

const root = resolve(import.meta.dirname, '../..')
const { values } = parseArgs({ options: { updates: { type: 'string' }, data: { type: 'string' } } })

/** Runs a command to the end; resolves with its wall seconds, rejects with its output on failure. */
function timed(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((done, fail) => {
    const started = performance.now()
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('error', fail)
    child.on('close', (code) =>
      code === 0 ? done((performance.now() - started) / 1000) : fail(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output.slice(-3000)}`)),
    )
  })
}

/** A folder's size on disk, in MiB (du: node_modules holds too many files to walk quickly). */
function sizeMiB(path: string): number {
  const du = spawnSync('du', ['-sm', path], { encoding: 'utf8' })
  return Number(du.stdout.split('\t')[0]) || 0
}

const work = await mkdtemp(join(tmpdir(), 'publish-time-'))
try {
  let datasetFile = values.data ? resolve(values.data) : join(root, 'studio/seed/demo/data.ndjson')
  if (values.updates) {
    datasetFile = join(work, 'data.ndjson')
    await writeDataset({ updates: Number(values.updates), seed: 1, out: datasetFile })
  }
  const out = join(work, 'dist')
  const base: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_OUT_DIR: out, SANITY_PROJECT_ID: 'bench', SANITY_DATASET: 'production', CONTENT_PROBLEMS: 'leave-out' }
  for (const name of ['DATASET_FILE', 'SANITY_API_READ_TOKEN', 'SANITY_PERSPECTIVE', 'SITE_CACHE_DIR']) delete base[name]
  // The edited copy sits beside the original, so its images/ folder is found.
  const editedBeside = join(resolve(datasetFile, '..'), `.publish-time-${process.pid}.ndjson`)

  // A private dataset, as the README sets one up: anonymous readers see nothing, the
  // build's Viewer token sees all (a public one holding stories, the build refuses).
  const token = 'publish-time-viewer-token'
  const buildFrom = async (file: string): Promise<number> => {
    const stub = await startContentLakeStub({ datasetFile: file, projectId: 'bench', dataset: 'production', token })
    try {
      return await timed('npm', ['run', 'build'], { ...base, SANITY_API_HOST: stub.url, SANITY_API_READ_TOKEN: token })
    } finally {
      await stub.close()
    }
  }

  console.log(`Dataset: ${datasetFile}`)
  const warm = await buildFrom(datasetFile)
  console.log(`The previous run (fills the build cache): ${warm.toFixed(1)} s`)

  const edit = await editOneUpdate(datasetFile, editedBeside)
  let build: number
  try {
    build = await buildFrom(editedBeside)
  } finally {
    await rm(editedBeside, { force: true })
  }
  const wrangler = await timed('npx', ['--no-install', 'wrangler', '--version'], { ...base, WRANGLER_SEND_METRICS: 'false', NODE_USE_ENV_PROXY: '1', HTTPS_PROXY: 'http://127.0.0.1:9' })

  const modules = sizeMiB(join(root, 'node_modules'))
  const cache = sizeMiB(`${out}.cache`)
  const site = sizeMiB(out)
  console.log(`\nA publish (update ${edit.id} retitled "${edit.title}"), the content-event steps:\n`)
  console.log('| step | seconds |\n| --- | --- |')
  console.log(`| Install Chromium, npm ci, Test | skipped (content event; npm ci only when the lockfile changes) |`)
  console.log(`| Build from Sanity (CONTENT_PROBLEMS=leave-out, warm cache) | ${build.toFixed(1)} |`)
  console.log(`| wrangler start-up (the deploy's local part) | ${wrangler.toFixed(1)} |`)
  console.log(`| **measured total** | **${(build + wrangler).toFixed(1)}** |`)
  console.log(`\nNot timed offline: the job's start, restoring node_modules (${modules.toFixed(0)} MiB) and the build cache (${cache.toFixed(0)} MiB), and uploading the changed files of a ${site.toFixed(0)} MiB site.`)
} finally {
  await rm(work, { recursive: true, force: true })
}
