// Runs one build and measures it: wall seconds, and the peak resident memory of the
// whole process tree (npm -> sh -> node -> workers...), sampled from /proc every
// ~100 ms and summed over every descendant.
import { spawn } from 'node:child_process'
import { createWriteStream, readdirSync, readFileSync } from 'node:fs'
import { once } from 'node:events'

export interface Measurement {
  seconds: number
  peakMiB: number
  /** At the peak: MiB by process name (e.g. "MainThread" for Node, "pagefind_extend"), largest first, and when. */
  peakParts: string
  exitCode: number
  /** Path of the file holding the command's stdout and stderr. */
  log: string
}

export interface MeasureOptions {
  cwd: string
  env?: NodeJS.ProcessEnv
  /** Where the command's output goes (kept out of the bench table). */
  log: string
  intervalMs?: number
  /** Kill the whole tree after this long (the measurement then has a non-zero exit code). */
  timeoutMs?: number
}

interface ProcessInfo {
  ppid: number
  rssBytes: number
  name: string
}

const PPID = /^PPid:\s+(\d+)/m
const VM_RSS = /^VmRSS:\s+(\d+) kB/m
const NAME = /^Name:\s+(.*)$/m

function readProcesses(): Map<number, ProcessInfo> {
  const processes = new Map<number, ProcessInfo>()
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry)
    if (!Number.isInteger(pid)) continue
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8')
      // Kernel threads have no VmRSS line: they count as 0.
      processes.set(pid, { ppid: Number(PPID.exec(status)?.[1] ?? 0), rssBytes: Number(VM_RSS.exec(status)?.[1] ?? 0) * 1024, name: NAME.exec(status)?.[1] ?? '?' })
    } catch {
      // The process ended between listing and reading.
    }
  }
  return processes
}

/** Resident bytes of `root` and all its descendants right now. */
export function treeRssBytes(root: number): number {
  return treeRss(root).total
}

/** Resident bytes of `root` and its descendants, in all and by process name. */
function treeRss(root: number): { total: number; byName: Map<string, number> } {
  const processes = readProcesses()
  const children = new Map<number, number[]>()
  for (const [pid, info] of processes) {
    const siblings = children.get(info.ppid)
    if (siblings) siblings.push(pid)
    else children.set(info.ppid, [pid])
  }
  let total = 0
  const byName = new Map<string, number>()
  const stack = [root]
  while (stack.length > 0) {
    const pid = stack.pop() as number
    const info = processes.get(pid)
    if (info) {
      total += info.rssBytes
      byName.set(info.name, (byName.get(info.name) ?? 0) + info.rssBytes)
    }
    stack.push(...(children.get(pid) ?? []))
  }
  return { total, byName }
}

const partsText = (byName: Map<string, number>): string =>
  [...byName].sort((a, b) => b[1] - a[1]).filter(([, bytes]) => bytes >= 1048576).map(([name, bytes]) => `${name} ${(bytes / 1048576).toFixed(0)}`).join(', ')

export async function measure(command: string, args: readonly string[], options: MeasureOptions): Promise<Measurement> {
  const output = createWriteStream(options.log)
  await once(output, 'open')
  const started = performance.now()
  // Its own process group, so a timeout can end the whole tree and nothing else.
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', output, output], detached: true })
  const killer = options.timeoutMs
    ? setTimeout(() => {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
      }, options.timeoutMs)
    : undefined
  let peak = 0
  let peakParts = ''
  const sample = (): void => {
    if (child.pid === undefined) return
    const now = treeRss(child.pid)
    if (now.total > peak) {
      peak = now.total
      peakParts = `${partsText(now.byName)}; at ${((performance.now() - started) / 1000).toFixed(0)} s`
    }
  }
  const timer = setInterval(sample, options.intervalMs ?? 100)
  sample()
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null]
  const seconds = (performance.now() - started) / 1000
  clearInterval(timer)
  clearTimeout(killer)
  output.end()
  await once(output, 'close')
  return { seconds, peakMiB: peak / 1048576, peakParts, exitCode: code ?? (signal ? 128 : 1), log: options.log }
}
