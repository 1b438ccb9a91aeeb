// npm run test:repeat -- <n> <script> [args…]: runs `npm run <script>` n times, one after
// another, and says which runs passed and which failed, so a suspected flake can be
// checked without watching ten runs. Each run's output is kept in a log file, named
// in the report; a failed run's last lines are printed too. Exits non-zero if any run failed.
//   npm run test:repeat -- 10 test:studio
import { spawn } from 'node:child_process'
import { createWriteStream, mkdtempSync, readFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const USAGE = 'Usage: npm run test:repeat -- <n> <npm script> [args…]   e.g. npm run test:repeat -- 10 test:studio'
const [count, script, ...args] = process.argv.slice(2)
const runs = Number(count)
if (!Number.isInteger(runs) || runs < 1 || !script) {
  console.error(USAGE)
  process.exit(2)
}
const root = resolve(import.meta.dirname, '../..')
const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts
if (!(script in scripts)) {
  console.error(`There is no npm script "${script}" in package.json.\n${USAGE}`)
  process.exit(2)
}

const logs = mkdtempSync(join(tmpdir(), `test-repeat-${script.replace(/[^a-z0-9]+/gi, '-')}-`))
const load = () => loadavg().map((n) => n.toFixed(1)).join(' ')

/** One `npm run`, in its own process group so that an interrupt stops all of it. */
function runOnce(log: string): Promise<number | null> {
  return new Promise((done, fail) => {
    const out = createWriteStream(log)
    const child = spawn('npm', ['run', script!, ...(args.length ? ['--', ...args] : [])], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    const stop = () => child.pid && process.kill(-child.pid, 'SIGTERM')
    process.once('SIGINT', stop)
    child.stdout.pipe(out, { end: false })
    child.stderr.pipe(out, { end: false })
    child.on('error', fail)
    child.on('close', (code) => {
      process.off('SIGINT', stop)
      out.end(() => done(code))
    })
  })
}

const results: { run: number; passed: boolean; seconds: number; log: string }[] = []
console.log(`npm run ${[script, ...args].join(' ')}, ${runs} times (logs in ${logs})`)
for (let run = 1; run <= runs; run++) {
  const log = join(logs, `run-${run}.log`)
  const started = performance.now()
  const before = load()
  const code = await runOnce(log)
  const seconds = (performance.now() - started) / 1000
  const passed = code === 0
  results.push({ run, passed, seconds, log })
  // The summary line the suite's own reporter prints (scripts/src/vitest-summary-reporter.ts), when there is one.
  const summary = /\n(\d+ passed, \d+ failed, \d+ skipped)\s*$/m.exec(readFileSync(log, 'utf8'))?.[1]
  console.log(`run ${run}/${runs}: ${passed ? 'passed' : `FAILED (exit ${code})`} in ${seconds.toFixed(0)} s${summary ? ` (${summary})` : ''}, load average ${before} before, ${load()} after`)
  if (!passed) console.log(readFileSync(log, 'utf8').split('\n').slice(-40).map((line) => `    ${line}`).join('\n'))
}
const failed = results.filter((r) => !r.passed)
console.log(`\n${results.length - failed.length} of ${runs} runs passed${failed.length ? `; failed: run ${failed.map((r) => r.run).join(', ')} (${failed.map((r) => r.log).join(', ')})` : ''}`)
process.exit(failed.length ? 1 : 0)
