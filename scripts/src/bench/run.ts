// npm run bench: build our site from synthetic datasets of N updates and compare it
// with three baselines built from the same text; print the table and write
// bench/results.md.
//
// Environment:
//   BENCH_SIZES=1000,5000,20000        dataset sizes (updates)
//   BENCH_TARGETS=ours,ours-edit,peer,peer-search,astro-floor,floor   which builds to run
//                                      (ours-edit: ours again after one update is edited, caches kept;
//                                      peer-search: the peer followed by \`pagefind --site\`)
//   BENCH_REQUESTS=all|smallest|none   at which sizes to count Content Lake requests (default all)
//   BENCH_SHARE_IMAGES=draw|placeholder  ours draws share images as a real build does (default: at most
//                                      SHARE_IMAGE_BUDGET new ones a build, the rest wait), or writes one
//                                      fixed PNG for every card with no budget (SHARE_IMAGE_DRAW=placeholder):
//                                      a campaign whose cards are all drawn, without drawing 22,000 of them
//   BENCH_SEED=1                       synthetic dataset seed
//   BENCH_REPEAT=1                     runs of each build: the fastest time and the highest peak are kept
//                                      (a shared 2-core machine is noisy)
//   BENCH_TIMEOUT_S=1800               per-build time limit
//   BENCH_WORK_DIR=/tmp/...            where datasets, outputs and build logs go (default a new temp dir;
//                                      each size's dataset and outputs are removed once measured, logs kept)
//   BENCH_RESULTS=bench/results.md     where to write the results (relative to the repo root)
//   BENCH_SEARCH=on|off                after ours' cold build, the reader's search in Chromium against one
//                                      `pagefind --site` index of the same output, and after the one-edit
//                                      rebuild the search check (default on; needs Chromium, as the tests do)
//   BENCH_SEARCH_REPEAT=5              runs of each search: the median is kept
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { writeDataset } from '../synthetic/dataset.ts'
import { startContentLakeStub } from './content-lake-stub.ts'
import { describeMachine } from './machine.ts'
import { editOneUpdate } from './edit-update.ts'
import { measure } from './measure.ts'
import { writePeerContent } from './peer-content.ts'
import { searchOneIndex, searchSite } from './reader-search.ts'
import { EDITED_WORD, RARE_TITLE, SEARCH_QUERIES, editedTitle } from './search-report.ts'
import { TARGETS, resultsMarkdown, table, type BuildResult, type SizeResult, type Target } from './report.ts'

const root = resolve(import.meta.dirname, '../../..')
const execFileAsync = promisify(execFile)
const astro = join(root, 'node_modules/.bin/astro')
const pagefind = join(root, 'node_modules/.bin/pagefind')
const env = process.env

const sizes = (env.BENCH_SIZES ?? '1000,5000,20000').split(',').map((s) => Number(s.trim()))
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`BENCH_SIZES must be positive integers, got "${env.BENCH_SIZES}"`)
const targets = (env.BENCH_TARGETS ?? TARGETS.join(',')).split(',').map((t) => t.trim()) as Target[]
for (const target of targets) if (!TARGETS.includes(target)) throw new Error(`BENCH_TARGETS: unknown build "${target}" (use ${TARGETS.join(', ')})`)
const requestsMode = env.BENCH_REQUESTS ?? 'all'
if (!['all', 'smallest', 'none'].includes(requestsMode)) throw new Error(`BENCH_REQUESTS must be all, smallest or none, got "${requestsMode}"`)
const shareImages = env.BENCH_SHARE_IMAGES ?? 'draw'
if (!['draw', 'placeholder'].includes(shareImages)) throw new Error(`BENCH_SHARE_IMAGES must be draw or placeholder, got "${shareImages}"`)
const oursExtra: Record<string, string> = shareImages === 'placeholder' ? { SHARE_IMAGE_DRAW: 'placeholder', SHARE_IMAGE_BUDGET: '1000000' } : {}
const seed = Number(env.BENCH_SEED ?? 1)
const repeat = Math.max(1, Number(env.BENCH_REPEAT ?? 1))
const timeoutMs = Number(env.BENCH_TIMEOUT_S ?? 1800) * 1000
const resultsFile = resolve(root, env.BENCH_RESULTS ?? 'bench/results.md')
const search = (env.BENCH_SEARCH ?? 'on') === 'on'
const searchRepeat = Math.max(1, Number(env.BENCH_SEARCH_REPEAT ?? 5))

const workDir = env.BENCH_WORK_DIR ? resolve(env.BENCH_WORK_DIR) : await mkdtemp(join(tmpdir(), 'campaign-bench-'))
const log = (message: string): void => console.log(`[bench] ${message}`)

/** Every cache an Astro build could reuse, so each build starts cold. */
async function clearCaches(projectRoot: string, ...more: string[]): Promise<void> {
  const paths = ['.astro', 'node_modules/.astro', 'node_modules/.vite'].map((p) => join(projectRoot, p))
  await Promise.all([...paths, ...more].map((p) => rm(p, { recursive: true, force: true })))
}

async function countPages(outDir: string): Promise<number> {
  try {
    const entries = await readdir(join(outDir, 'updates'), { withFileTypes: true })
    let pages = 0
    for (const entry of entries) {
      if (!entry.isDirectory()) continue
      // Only update pages: not /updates/2/ style list pages.
      if (/^\d+$/.test(entry.name)) continue
      if (await stat(join(outDir, 'updates', entry.name, 'index.html')).then(() => true, () => false)) pages += 1
    }
    return pages
  } catch {
    return 0
  }
}

/** Mean size of the first `sample` update pages: the Astro floor's page size. */
async function averagePageBytes(outDir: string, sample = 200): Promise<number | undefined> {
  try {
    const names = (await readdir(join(outDir, 'updates'))).filter((name) => !/^\d+$/.test(name)).slice(0, sample)
    const sizes = await Promise.all(names.map((name) => stat(join(outDir, 'updates', name, 'index.html')).then((s) => s.size, () => 0)))
    const found = sizes.filter((s) => s > 0)
    return found.length ? Math.round(found.reduce((a, b) => a + b, 0) / found.length) : undefined
  } catch {
    return undefined
  }
}

/** The steps our build's log times ("  pages and feeds: 12.3 s"); none for the baselines. */
async function buildSteps(file: string): Promise<Record<string, number>> {
  const text = await readFile(file, 'utf8').catch(() => '')
  return Object.fromEntries([...text.matchAll(/^ {2}([a-z][^:\n]*): ([\d.]+) s$/gm)].map((m) => [m[1]!, Number(m[2])]))
}

async function tail(file: string, lines = 15): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => '')
  return text.trimEnd().split('\n').slice(-lines).join('\n')
}

/** The build's environment: none of the content-source variables the caller had, plus `extra`. */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = { ...env, ASTRO_TELEMETRY_DISABLED: '1' }
  for (const name of ['DATASET_FILE', 'SANITY_PROJECT_ID', 'SANITY_DATASET', 'SANITY_API_HOST', 'SANITY_API_READ_TOKEN', 'SANITY_PERSPECTIVE', 'SITE_CACHE_DIR', 'SHARE_IMAGE_CACHE', 'SHARE_IMAGE_DRAW', 'SHARE_IMAGE_BUDGET', 'CONTENT_PROBLEMS']) delete clean[name]
  return { ...clean, ...extra }
}

async function run(
  name: string,
  command: string,
  args: string[],
  cwd: string,
  extraEnv: Record<string, string>,
  outDir: string,
  before: (attempt: number) => Promise<void>,
  times = repeat,
): Promise<BuildResult> {
  let best: BuildResult | undefined
  for (let attempt = 1; attempt <= times; attempt += 1) {
    await before(attempt)
    const logFile = join(workDir, `${name}${times > 1 ? `-${attempt}` : ''}.log`)
    const m = await measure(command, args, { cwd, env: buildEnv(extraEnv), log: logFile, timeoutMs })
    const pages = await countPages(outDir)
    const result: BuildResult = { seconds: m.seconds, peakMiB: m.peakMiB, peakParts: m.peakParts, pages, ok: m.exitCode === 0, steps: await buildSteps(logFile) }
    if (!result.ok) result.error = `exit code ${m.exitCode}; last lines of ${logFile}:\n${await tail(logFile)}`
    log(`${name}: ${result.ok ? `${m.seconds.toFixed(1)} s, peak ${m.peakMiB.toFixed(0)} MiB (${m.peakParts}), ${pages} update pages` : `FAILED (${result.error})`}`)
    if (!result.ok) return result
    const higher = best === undefined || result.peakMiB > best.peakMiB ? result : best
    best = best === undefined ? result : { ...result, seconds: Math.min(best.seconds, result.seconds), peakMiB: higher.peakMiB, peakParts: higher.peakParts }
  }
  return best as BuildResult
}

const results: SizeResult[] = []
// Other work on the machine skews times: the results file says how busy it was.
const loadAverage = loadavg()[0] ?? 0
const smallest = Math.min(...sizes)
let failed = false

for (const updates of sizes) {
  const dir = join(workDir, `n${updates}`)
  const datasetFile = join(dir, 'data.ndjson')
  const started = performance.now()
  const dataset = await writeDataset({ updates, seed, out: datasetFile })
  // One update gets a title with a word no other document has: the search's third query.
  await editOneUpdate(datasetFile, `${datasetFile}.planted`, { title: RARE_TITLE, correct: false })
  await rename(`${datasetFile}.planted`, datasetFile)
  log(`N=${updates}: dataset ${(dataset.bytes / 1048576).toFixed(1)} MiB written in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  const result: SizeResult = { updates, datasetMiB: dataset.bytes / 1048576, builds: {} }
  results.push(result)

  const peerContent = join(dir, 'peer-content')
  const peerPublic = join(dir, 'peer-public')
  const needsPeer = targets.some((t) => t === 'peer' || t === 'peer-search' || t === 'astro-floor')
  const peer = needsPeer ? await writePeerContent(datasetFile, peerContent, peerPublic) : undefined
  let pageBytes: number | undefined

  if (targets.includes('ours') || targets.includes('ours-edit')) {
    // SITE_OUT_DIR keeps the bench out of site/dist, which people and tests use; the
    // build keeps its caches beside it, in ours-dist.cache.
    const out = join(dir, 'ours-dist')
    const cold = () => clearCaches(join(root, 'site'), join(root, 'node_modules/.astro'), out, `${out}.cache`, `${out}.previous`)
    const oursEnv = { ...oursExtra, DATASET_FILE: datasetFile, SITE_OUT_DIR: out }
    if (targets.includes('ours')) result.builds.ours = await run(`ours-${updates}`, 'npm', ['run', 'build'], root, oursEnv, out, cold)
    else await run(`ours-warm-${updates}`, 'npm', ['run', 'build'], root, oursEnv, out, cold, 1)
    pageBytes = await averagePageBytes(out)
    const built = result.builds.ours?.ok ?? true
    if (search && built) {
      try {
        const ours = await searchSite(out, SEARCH_QUERIES, searchRepeat)
        const one = await searchOneIndex(out, SEARCH_QUERIES, searchRepeat)
        result.search = { ours, one: one.runs, oneIndexSeconds: one.indexSeconds }
        // The profile of each search: what the page asked for, in order.
        const profile = [...ours.map((r) => ({ r, side: 'ours' })), ...one.runs.map((r) => ({ r, side: 'one index' }))]
        await writeFile(join(workDir, `search-requests-${updates}.txt`), profile.map(({ r, side }) => `# ${side}: "${r.query}", ${r.ms.toFixed(0)} ms\n${r.asked.join('\n')}\n`).join('\n'))
        for (const [i, run] of ours.entries()) log(`N=${updates}: search "${run.query}": ${run.ms.toFixed(0)} ms, ${run.requests} requests; one index ${one.runs[i]!.ms.toFixed(0)} ms, ${one.runs[i]!.requests} requests`)
      } catch (error) {
        result.search = { ours: [], one: [], oneIndexSeconds: 0, error: String((error as Error).stack ?? error) }
        log(`N=${updates}: search FAILED (${String(error)})`)
      }
    }
    if (targets.includes('ours-edit') && built) {
      // Each attempt edits the same update again (a new title each time), so each
      // rebuild finds exactly one changed update against the cache the last one left.
      const edited = join(dir, 'data-edited.ndjson')
      let edit: Awaited<ReturnType<typeof editOneUpdate>> | undefined
      result.builds['ours-edit'] = await run(`ours-edit-${updates}`, 'npm', ['run', 'build'], root, { ...oursEnv, DATASET_FILE: edited }, out, async (attempt) => {
        edit = await editOneUpdate(datasetFile, edited, { title: editedTitle(attempt) })
        // A publish always finds the site the last build replaced (site/dist.previous), and
        // removes it beside its own work: so does every rebuild here, the first included.
        if (!existsSync(`${out}.previous`)) await execFileAsync('cp', ['-R', '-l', out, `${out}.previous`])
      })
      // The edit must be on the page, or the rebuild measured nothing.
      const html = await readFile(join(out, 'updates', edit!.slug, 'index.html'), 'utf8').catch(() => '')
      if (result.builds['ours-edit'].ok && !html.includes(edit!.correction)) {
        result.builds['ours-edit'] = { ...result.builds['ours-edit'], ok: false, error: `the rebuilt page /updates/${edit!.slug}/ does not show the edit` }
      }
      if (result.search && !result.search.error && result.builds['ours-edit'].ok) {
        const [newWord, oldWord] = await searchSite(out, [EDITED_WORD, RARE_TITLE.split(' ')[0]!], 1)
        result.search.edit = { path: `/updates/${edit!.slug}/`, newWord: newWord!, oldWord: oldWord! }
        log(`N=${updates}: after the edit, "${EDITED_WORD}" finds ${newWord!.results.join(', ') || 'nothing'}; the old title's word finds ${oldWord!.results.join(', ') || 'nothing'}`)
      }
    }
    await rm(out, { recursive: true, force: true })
    await rm(`${out}.cache`, { recursive: true, force: true })
    await rm(`${out}.previous`, { recursive: true, force: true })
  }
  for (const target of ['peer', 'peer-search'] as const) {
    if (!targets.includes(target)) continue
    const projectRoot = join(root, 'bench/peer')
    const out = join(dir, 'peer-dist')
    const cache = join(dir, 'peer-cache')
    const peerEnv = { BENCH_CONTENT_DIR: peerContent, BENCH_PUBLIC_DIR: peerPublic, BENCH_OUT_DIR: out, BENCH_CACHE_DIR: cache }
    // peer-search: the same build, then Pagefind's own CLI over its output, as one command.
    const [command, args] =
      target === 'peer' ? [astro, ['build', '--root', projectRoot]] : ['sh', ['-c', `"${astro}" build --root "${projectRoot}" && "${pagefind}" --site "${out}"`]]
    result.builds[target] = await run(`${target}-${updates}`, command, args, root, peerEnv, out, () => clearCaches(projectRoot, out, cache))
    pageBytes ??= await averagePageBytes(out)
    await rm(out, { recursive: true, force: true })
  }
  if (targets.includes('astro-floor')) {
    const projectRoot = join(root, 'bench/astro-floor')
    const out = join(dir, 'astro-floor-dist')
    const cache = join(dir, 'astro-floor-cache')
    // The same page size as ours (or the peer's), less the floor page's own ~200-byte frame.
    const bytes = Math.max(1000, (pageBytes ?? (peer?.bodyHtmlBytes ?? 4000) + 600) - 200)
    result.builds['astro-floor'] = await run(`astro-floor-${updates}`, astro, ['build', '--root', projectRoot], root, {
      BENCH_PAGES: String(updates),
      BENCH_PAGE_BYTES: String(bytes),
      BENCH_OUT_DIR: out,
      BENCH_CACHE_DIR: cache,
    }, out, () => clearCaches(projectRoot, out, cache))
    await rm(out, { recursive: true, force: true })
  }
  if (targets.includes('floor')) {
    const out = join(dir, 'floor-dist')
    const floorScript = join(root, 'scripts/src/bench/floor.ts')
    result.builds.floor = await run(`floor-${updates}`, process.execPath, [floorScript, '--data', datasetFile, '--out', out], root, {}, out, () =>
      rm(out, { recursive: true, force: true }),
    )
    await rm(out, { recursive: true, force: true })
  }

  if (targets.includes('ours') && (requestsMode === 'all' || (requestsMode === 'smallest' && updates === smallest))) {
    // Private, as the README sets a real one up: the build checks that anonymous readers see nothing.
    const stub = await startContentLakeStub({ datasetFile, projectId: 'bench', dataset: 'production', token: 'bench-viewer-token' })
    const out = join(dir, 'ours-stub-dist')
    try {
      // One build is enough to count requests.
      const build = await run(`ours-stub-${updates}`, 'npm', ['run', 'build'], root, {
        ...oursExtra,
        SANITY_PROJECT_ID: 'bench',
        SANITY_DATASET: 'production',
        SANITY_API_HOST: stub.url,
        SANITY_API_READ_TOKEN: 'bench-viewer-token',
        SITE_OUT_DIR: out,
      }, out, () => clearCaches(join(root, 'site'), join(root, 'node_modules/.astro'), out, `${out}.cache`), 1)
      if (build.ok) result.requests = stub.requests
      else result.requestsError = build.error ?? 'build failed'
      log(`N=${updates}: ${stub.requests} Content Lake requests`)
    } finally {
      await stub.close()
      await rm(out, { recursive: true, force: true })
    }
  }
  failed ||= Object.values(result.builds).some((b) => !b.ok) || result.requestsError !== undefined || result.search?.error !== undefined
  await rm(dir, { recursive: true, force: true })
}

const report = resultsMarkdown({
  date: new Date(),
  machine: describeMachine(),
  command: `${env.SEARCH_SHARD_SIZE ? `SEARCH_SHARD_SIZE=${env.SEARCH_SHARD_SIZE} ` : ''}BENCH_SIZES=${sizes.join(',')} BENCH_SEARCH=${search ? 'on' : 'off'} BENCH_SEARCH_REPEAT=${searchRepeat} BENCH_TARGETS=${targets.join(',')} BENCH_REQUESTS=${requestsMode} BENCH_REPEAT=${repeat} BENCH_SHARE_IMAGES=${shareImages} npm run bench`,
  shareImages: shareImages as 'draw' | 'placeholder',
  loadAverage,
  results,
})
await writeFile(resultsFile, report)
console.log(`\n${table(results)}\n`)
console.log(report.slice(report.indexOf('## Goals')))
log(`results written to ${resultsFile}; build logs in ${workDir}`)
process.exitCode = failed ? 1 : 0
