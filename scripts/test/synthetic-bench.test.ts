import { execFileSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { measure } from '../src/bench/measure.ts'
import { toMarkdown } from '../src/bench/portable-text-markdown.ts'
import { goals, resultsMarkdown, table, type BuildResult, type SizeResult } from '../src/bench/report.ts'
import type { SearchRun } from '../src/bench/reader-search.ts'
import type { SearchResult } from '../src/bench/search-report.ts'
import { writeDataset } from '../src/synthetic/dataset.ts'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bench-test-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('measure', () => {
  it('counts the memory of descendants, not just the process it started', async () => {
    // sh holds almost nothing; its node child holds 200 MiB of touched memory.
    const child = `${process.execPath} -e "const b = Buffer.alloc(200 * 1048576, 1); setTimeout(() => b.length, 800)"`
    const result = await measure('sh', ['-c', `${child} & wait`], { cwd: dir, log: join(dir, 'tree.log') })
    expect(result.exitCode).toBe(0)
    expect(result.peakMiB).toBeGreaterThan(200)
    // And says which process held it: Node names its main thread "MainThread".
    expect(result.peakParts).toMatch(/^(MainThread|node) 2\d\d\b.*; at \d+ s$/)
    expect(result.seconds).toBeGreaterThan(0.7)
  })

  it('reports a failing build and ends a build that runs past its time limit', async () => {
    expect((await measure('sh', ['-c', 'exit 3'], { cwd: dir, log: join(dir, 'fail.log') })).exitCode).toBe(3)
    const slow = await measure('sh', ['-c', 'sleep 30 & wait'], { cwd: dir, log: join(dir, 'slow.log'), timeoutMs: 300 })
    expect(slow.exitCode).not.toBe(0)
    expect(slow.seconds).toBeLessThan(5)
  })
})

const build = (seconds: number, peakMiB = 500): BuildResult => ({ seconds, peakMiB, pages: 1, ok: true })

describe('goals', () => {
  // A size's builds: ours cold, ours after one edit, the peer, the peer with search, the Astro floor.
  const size = (updates: number, ours: number, peer: number, floor: number, requests: number, peak = 500, edit = ours / 5, peerSearch = peer * 2): SizeResult => ({
    updates,
    datasetMiB: 1,
    builds: { ours: build(ours, peak), 'ours-edit': build(edit), peer: build(peer), 'peer-search': build(peerSearch), 'astro-floor': build(floor), floor: build(1) },
    requests,
  })

  it('passes a run that meets every goal', () => {
    const list = goals([size(1000, 4, 5, 3, 7), size(5000, 10, 25, 8, 7), size(20000, 40, 100, 30, 7, 1200)])
    expect(list.map((g) => g.status)).toEqual(['PASS', 'PASS', 'PASS', 'PASS', 'PASS', 'PASS', 'PASS'])
  })

  it('fails each goal that is missed, and says why', () => {
    const list = goals([size(1000, 6, 5, 3, 7), size(5000, 10, 25, 8, 8), size(20000, 60, 100, 30, 7, 1600, 30, 110)])
    const status = Object.fromEntries(list.map((g) => [g.goal, g.status]))
    expect(status['one edit ≤ 0.25× cold at 20,000']).toBe('FAIL')
    expect(list.find((g) => g.goal === 'one edit ≤ 0.25× cold at 20,000')?.detail).toBe('ratio 0.50')
    expect(status['ours ≤ 0.5× peer+search at 20,000']).toBe('FAIL')
    expect(status['ours/peer < 1 at every N']).toBe('FAIL')
    expect(status['ours/Astro floor ≤ 1.5 at 20,000']).toBe('FAIL')
    expect(status['peak < 1.5 GiB at 20,000']).toBe('FAIL')
    expect(status['20,000 time ≤ 4.4× 5,000 time']).toBe('FAIL')
    expect(status['requests ≤ 10 and constant in N']).toBe('FAIL')
    expect(list.find((g) => g.goal === 'requests ≤ 10 and constant in N')?.detail).toContain('5,000: 8')
  })

  it('marks goals about sizes not run as N/A, and a failed build as FAIL', () => {
    const failed: SizeResult = { updates: 20000, datasetMiB: 1, builds: { ours: { seconds: 1, peakMiB: 0, pages: 0, ok: false, error: 'boom' }, peer: build(5) } }
    const small = goals([size(1000, 4, 5, 3, 7)])
    expect(small.find((g) => g.goal === 'ours ≤ 0.5× peer+search at 20,000')?.status).toBe('N/A')
    const withFailure = goals([size(1000, 4, 5, 3, 7), failed])
    expect(withFailure.find((g) => g.goal === 'ours/Astro floor ≤ 1.5 at 20,000')?.status).toBe('FAIL')
    expect(table([failed])).toContain('| 20,000 | failed | – | 5.0 |')
  })

  it('shows the one-edit rebuild and the peer with search beside the cold build, with their ratios', () => {
    const text = table([size(20000, 40, 50, 30, 7, 1200, 8, 100)])
    expect(text).toContain('| ours/peer | ours/peer+search | ours/Astro floor | one edit/cold |')
    expect(text).toContain('| 20,000 | 40.0 | 8.0 | 50.0 | 100.0 | 30.0 | 1.0 | 0.80 | 0.40 | 1.33 | 0.20 | 1200 | 7 |')
  })
})

describe('Portable Text to Markdown (the peer baseline content)', () => {
  it('keeps headings, quotes, links, emphasis, lists and images', () => {
    const span = (text: string, marks: string[] = []) => ({ _type: 'span', text, marks })
    const markdown = toMarkdown([
      { _type: 'block', style: 'h2', children: [span('Why it matters')] },
      { _type: 'block', style: 'normal', markDefs: [{ _key: 'a', _type: 'link', href: '/asks/data-collection/' }], children: [span('Read '), span('the ask', ['a']), span(' now', ['strong'])] },
      { _type: 'block', style: 'blockquote', children: [span('We need to be counted.')] },
      { _type: 'block', style: 'normal', listItem: 'number', children: [span('Sign')] },
      { _type: 'block', style: 'normal', listItem: 'number', children: [span('Share')] },
      { _type: 'imageWithAlt', alt: 'A nurse', _sanityAsset: 'image@file://./images/abc-800x600.png' },
    ])
    expect(markdown).toBe(
      '## Why it matters\n\nRead [the ask](/asks/data-collection/) **now**\n\n> We need to be counted.\n\n1. Sign\n2. Share\n\n![A nurse](/images/abc-800x600.png)\n',
    )
  })
})

describe('the reader\'s search in the results', () => {
  const run = (query: string, ms: number, requests: number, results = ['/updates/a/']): SearchRun => ({ query, ms, requests, results, asked: [] })
  const withSearch = (ours: SearchRun[], one: SearchRun[], edit?: SearchResult['edit']): SizeResult => ({
    updates: 20000,
    datasetMiB: 1,
    builds: { ours: build(40, 1200) },
    search: { ours, one, oneIndexSeconds: 20, edit },
  })

  it('passes when each query is no slower than one index and asks at most 1.5 times as much', () => {
    const size = withSearch([run('nurse', 900, 21), run('clinical trials', 1000, 15)], [run('nurse', 1000, 14), run('clinical trials', 1000, 15)])
    const search = goals([size]).filter((g) => g.goal.startsWith('search'))
    expect(search).toEqual([{ goal: 'search at 20,000: time ≤ one index, requests ≤ 1.5× one index', status: 'PASS', detail: '"nurse" 0.90× time, 1.50× requests; "clinical trials" 1.00× time, 1.00× requests' }])
    expect(resultsMarkdown({ date: new Date(0), machine: { cores: 2, memoryGiB: 1, cpuModel: 'cpu', node: 'v24' }, command: 'npm run bench', loadAverage: 0, results: [size] })).toContain(
      '| 20,000 | nurse | 0.90 | 21 | 1.00 | 14 | 0.90 | 1.50 |',
    )
  })

  it('fails a query that is slower, asks too much or finds nothing, and an edit the index missed', () => {
    const slower = goals([withSearch([run('nurse', 1100, 14)], [run('nurse', 1000, 14)])])
    expect(slower.find((g) => g.goal.startsWith('search at'))?.status).toBe('FAIL')
    const chatty = goals([withSearch([run('nurse', 500, 22)], [run('nurse', 1000, 14)])])
    expect(chatty.find((g) => g.goal.startsWith('search at'))?.detail).toBe('"nurse" 0.50× time, 1.57× requests')
    expect(chatty.find((g) => g.goal.startsWith('search at'))?.status).toBe('FAIL')
    const empty = goals([withSearch([run('Tobermory', 500, 10, [])], [run('Tobermory', 1000, 14)])])
    expect(empty.find((g) => g.goal.startsWith('search at'))?.detail).toContain('no results')
    const stale = goals([withSearch([run('nurse', 500, 10)], [run('nurse', 1000, 14)], { path: '/updates/b/', newWord: run('Portmeirion', 1, 1, []), oldWord: run('Tobermory', 1, 1, ['/updates/b/']) })])
    expect(stale.find((g) => g.goal.startsWith('search after one edit'))).toEqual({
      goal: 'search after one edit at 20,000: the new title finds the update, the old one does not',
      status: 'FAIL',
      detail: 'new title misses it, old title still finds it',
    })
    // Near matches for the old word (Pagefind's answer when no word matches) are not the edited update.
    const fresh = goals([withSearch([run('nurse', 500, 10)], [run('nurse', 1000, 14)], { path: '/updates/b/', newWord: run('Portmeirion', 1, 1, ['/updates/b/']), oldWord: run('Tobermory', 1, 1, ['/updates/c/']) })])
    expect(fresh.find((g) => g.goal.startsWith('search after one edit'))?.status).toBe('PASS')
  })
})

describe('pagefind-memory (the profile behind the search shard size)', () => {
  it('indexes the first N updates in one Pagefind process and says how long it took and how much it held', async () => {
    const file = join(dir, 'pagefind-memory', 'data.ndjson')
    await writeDataset({ updates: 60, seed: 3, out: file })
    const script = join(import.meta.dirname, '../src/bench/pagefind-memory.ts')
    const out = execFileSync(process.execPath, [script, file, '40'], { encoding: 'utf8' })
    expect(out).toMatch(/^40 updates: records added in \d+\.\d s, written in \d+\.\d s; Pagefind's peak [1-9]\d* MiB$/m)
  }, 60_000)
})
