// The bench's table and goals, as Markdown (printed, and written to bench/results.md).
import type { Machine } from './machine.ts'
import { RARE_TITLE, editCheck, searchGoals, searchTable, type SearchResult } from './search-report.ts'

export type Target = 'ours' | 'ours-edit' | 'peer' | 'peer-search' | 'astro-floor' | 'floor'

/** Every build the bench knows, in the order it runs them. */
export const TARGETS: readonly Target[] = ['ours', 'ours-edit', 'peer', 'peer-search', 'astro-floor', 'floor']

export interface BuildResult {
  seconds: number
  peakMiB: number
  /** What the peak was made of, by process: "MainThread 1231, pagefind_extend 99, …". */
  peakParts?: string
  /** Update pages found in the output. */
  pages: number
  ok: boolean
  /** Why it failed: the last lines of its output. */
  error?: string
  /** Our build's own timings of its steps (from its log), seconds by step. */
  steps?: Record<string, number>
}

export interface SizeResult {
  updates: number
  datasetMiB: number
  builds: Partial<Record<Target, BuildResult>>
  /** Content Lake requests one build of ours made against the stub, when measured. */
  requests?: number
  requestsError?: string
  /** The reader's search in Chromium, against one Pagefind index of the same output. */
  search?: SearchResult
}

const seconds = (build?: BuildResult): string => (build === undefined ? '–' : build.ok ? build.seconds.toFixed(1) : 'failed')
const ratio = (a?: BuildResult, b?: BuildResult): number | undefined =>
  a?.ok && b?.ok && b.seconds > 0 ? a.seconds / b.seconds : undefined
const show = (value: number | undefined, digits = 2): string => (value === undefined ? '–' : value.toFixed(digits))
const thousands = (n: number): string => n.toLocaleString('en-GB')

export function table(results: readonly SizeResult[]): string {
  const rows = results.map((r) => {
    const { ours, peer } = r.builds
    const edit = r.builds['ours-edit']
    const peerSearch = r.builds['peer-search']
    return [
      thousands(r.updates),
      seconds(ours),
      seconds(edit),
      seconds(peer),
      seconds(peerSearch),
      seconds(r.builds['astro-floor']),
      seconds(r.builds.floor),
      show(ratio(ours, peer)),
      show(ratio(ours, peerSearch)),
      show(ratio(ours, r.builds['astro-floor'])),
      show(ratio(edit, ours)),
      ours?.ok ? ours.peakMiB.toFixed(0) : '–',
      r.requests === undefined ? (r.requestsError ? 'failed' : '–') : String(r.requests),
    ]
  })
  return markdownTable(
    ['N', 'ours s', 'one edit s', 'peer s', 'peer+search s', 'Astro floor s', 'floor s', 'ours/peer', 'ours/peer+search', 'ours/Astro floor', 'one edit/cold', 'peak MiB', 'requests'],
    rows,
  )
}

/** Every build's peak memory and page count, to check each built what it should. */
export function details(results: readonly SizeResult[]): string {
  const rows = results.flatMap((r) =>
    TARGETS.flatMap((target) => {
      const build = r.builds[target]
      if (!build) return []
      return [[thousands(r.updates), target, r.datasetMiB.toFixed(1), seconds(build), build.ok ? build.peakMiB.toFixed(0) : '–', build.peakParts || '–', thousands(build.pages)]]
    }),
  )
  return markdownTable(['N', 'build', 'dataset MiB', 'seconds', 'peak MiB', 'at the peak, MiB by process', 'update pages'], rows)
}

/** Our builds' logged steps, one row per build: where a cold build and a one-edit rebuild differ. */
export function stepsTable(results: readonly SizeResult[]): string {
  const builds = results.flatMap((r) =>
    (['ours', 'ours-edit'] as const).flatMap((target) => {
      const build = r.builds[target]
      return build?.ok && build.steps ? [{ n: r.updates, target, steps: build.steps }] : []
    }),
  )
  const names = [...new Set(builds.flatMap((b) => Object.keys(b.steps)))]
  return markdownTable(['N', 'build', ...names], builds.map((b) => [thousands(b.n), b.target, ...names.map((name) => (b.steps[name] === undefined ? '–' : b.steps[name]!.toFixed(1)))]))
}

function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

export type Status = 'PASS' | 'FAIL' | 'N/A'

export interface Goal {
  goal: string
  status: Status
  detail: string
}

const LARGE = 20_000
const MEDIUM = 5_000

export function goals(results: readonly SizeResult[]): Goal[] {
  const at = (n: number) => results.find((r) => r.updates === n)
  const large = at(LARGE)
  const medium = at(MEDIUM)
  // A goal whose value is missing is N/A when its size was not run, FAIL when our build failed.
  const check = (goal: string, value: number | undefined, pass: (v: number) => boolean, sizes: Array<SizeResult | undefined>, format: (v: number) => string): Goal => {
    if (value !== undefined) return { goal, status: pass(value) ? 'PASS' : 'FAIL', detail: format(value) }
    const ran = sizes.every((r) => r?.builds.ours)
    return ran ? { goal, status: 'FAIL', detail: 'a build failed or was not run' } : { goal, status: 'N/A', detail: 'not in this run' }
  }

  const list: Goal[] = []
  list.push(
    check('one edit ≤ 0.25× cold at 20,000', ratio(large?.builds['ours-edit'], large?.builds.ours), (v) => v <= 0.25, [large], (v) => `ratio ${v.toFixed(2)}`),
  )
  list.push(
    check('ours ≤ 0.5× peer+search at 20,000', ratio(large?.builds.ours, large?.builds['peer-search']), (v) => v <= 0.5, [large], (v) => `ratio ${v.toFixed(2)}`),
  )

  const ratios = results.map((r) => ({ n: r.updates, value: ratio(r.builds.ours, r.builds.peer) }))
  const everyGoal = 'ours/peer < 1 at every N'
  if (results.every((r) => !r.builds.ours || !r.builds.peer)) {
    list.push({ goal: everyGoal, status: 'N/A', detail: 'ours and peer not both run' })
  } else {
    const pass = ratios.every((r) => r.value !== undefined && r.value < 1)
    list.push({ goal: everyGoal, status: pass ? 'PASS' : 'FAIL', detail: ratios.map((r) => `${thousands(r.n)}: ${show(r.value)}`).join(', ') })
  }

  list.push(check('ours/Astro floor ≤ 1.5 at 20,000', ratio(large?.builds.ours, large?.builds['astro-floor']), (v) => v <= 1.5, [large], (v) => `ratio ${v.toFixed(2)}`))

  const largePeak = large?.builds.ours?.ok ? large.builds.ours.peakMiB : undefined
  list.push(check('peak < 1.5 GiB at 20,000', largePeak, (v) => v < 1536, [large], (v) => `${v.toFixed(0)} MiB`))

  const growth = ratio(large?.builds.ours, medium?.builds.ours)
  list.push(
    check('20,000 time ≤ 4.4× 5,000 time', growth, (v) => v <= 4.4, [large, medium], (v) => `${v.toFixed(2)}×`),
  )

  const counted = results.filter((r) => r.requests !== undefined).map((r) => ({ n: r.updates, requests: r.requests as number }))
  const failedCount = results.some((r) => r.requestsError)
  if (counted.length === 0) {
    list.push({ goal: 'requests ≤ 10 and constant in N', status: failedCount ? 'FAIL' : 'N/A', detail: failedCount ? 'the build against the Content Lake stub failed' : 'not measured in this run' })
  } else {
    const constant = counted.every((c) => c.requests === counted[0]?.requests)
    const small = counted.every((c) => c.requests <= 10)
    const detail = counted.map((c) => `${thousands(c.n)}: ${c.requests}`).join(', ') + (counted.length < 2 ? ' (constancy needs two sizes: BENCH_REQUESTS=all)' : '')
    list.push({ goal: 'requests ≤ 10 and constant in N', status: small && constant && !failedCount ? 'PASS' : 'FAIL', detail })
  }
  list.push(...searchGoals(results))
  return list
}

export function goalsMarkdown(list: readonly Goal[]): string {
  return list.map((g) => `- ${g.status} — ${g.goal}: ${g.detail}`).join('\n')
}

export interface Report {
  date: Date
  machine: Machine
  command: string
  /** 1-minute load average when the run started. */
  loadAverage: number
  /** Whether ours drew its share images or wrote placeholders (BENCH_SHARE_IMAGES). */
  shareImages?: 'draw' | 'placeholder'
  results: readonly SizeResult[]
}

export function resultsMarkdown(report: Report): string {
  const { machine } = report
  const failures = report.results.flatMap((r) =>
    Object.entries(r.builds)
      .filter(([, build]) => build && !build.ok)
      .map(([target, build]) => `- ${target} at ${thousands(r.updates)}:\n\n\`\`\`\n${build?.error ?? ''}\n\`\`\``),
  )
  const requestFailures = report.results.filter((r) => r.requestsError).map((r) => `- requests at ${thousands(r.updates)}:\n\n\`\`\`\n${r.requestsError}\n\`\`\``)
  return `# Build benchmark

Run on ${report.date.toISOString()} with \`${report.command}\`.

Machine: ${machine.cores} cores, ${machine.memoryGiB} GiB memory, ${machine.cpuModel}, Node ${machine.node}; load average ${report.loadAverage.toFixed(2)} at the start.

${table(report.results)}

- **ours**: \`DATASET_FILE=<file> npm run build\` at the repo root (the site, from the synthetic dataset), cold: every cache cleared.
- **one edit**: ours again right after, with its caches kept (Astro's incremental build cache and the search shards), from a copy of the dataset in which one update has a new title and a new first sentence (\`scripts/src/bench/edit-update.ts\`): what a correction published in Sanity costs.
- **peer**: \`bench/peer/\`, a minimal Astro site of the same updates as Markdown in a \`glob()\` collection, one page each and an RSS feed (@astrojs/rss).
- **peer+search**: the peer, then \`pagefind --site <its output>\`: the same work as ours, full-text search included.
- **Astro floor**: \`bench/astro-floor/\`, N static pages of the same HTML size from constant data.
- **floor**: \`scripts/src/bench/floor.ts\`, plain Node rendering the same Portable Text with @portabletext/to-html into N files.
${report.shareImages === 'placeholder' ? '- **Share images: placeholders.** This run set `BENCH_SHARE_IMAGES=placeholder`: ours wrote one fixed PNG for every page\'s share image, with no drawing budget, instead of drawing them (satori + resvg, about 0.1 s a card on this machine, one card a page; a real build draws at most `SHARE_IMAGE_BUDGET`, 60 by default, new ones a build). So ours\' seconds leave out the drawing, and the one-edit rebuild is that of a campaign whose cards are all drawn.\n' : ''}- Seconds are wall time; peak MiB is the resident memory of our build's whole process tree (sampled every ~100 ms, all descendants summed); requests are the Content Lake requests one build of ours makes against \`scripts/src/bench/content-lake-stub.ts\`.
- Caches (\`.astro\`, \`node_modules/.astro\`, \`node_modules/.vite\`, ours' cache folder, output folders) are cleared before each build except the one-edit build; builds run one at a time. With \`BENCH_REPEAT\` > 1 each build runs that many times and the fastest time and highest peak are kept.

## Every build

${details(report.results)}

## Where ours spent its time (its own log, seconds)

${stepsTable(report.results)}

## The reader's search

${searchTable(report.results)}

- Measured as a reader meets it (\`scripts/src/bench/reader-search.ts\`): ours' built site served on 127.0.0.1, Chromium with an empty cache for each search, from opening \`/search/?q=…\` to the first result on screen; requests are every request the page made until the network was quiet after it (the page, its files, the index, the first results' excerpts). Each query runs \`BENCH_SEARCH_REPEAT\` times and the median is kept.
- **one index**: \`pagefind --site <ours' output>\` over every built page, which the same search page is pointed at for the comparison.
- The queries: a common word, a two-word phrase as a reader types it, and a word in exactly one update (the bench gives one update in the middle of the dataset the title "${RARE_TITLE}").

After the one-edit rebuild (that update's title replaced by one with another word no other document has):

${editCheck(report.results)}

## Goals

${goalsMarkdown(goals(report.results))}
${failures.length + requestFailures.length ? `\n## Failures\n\n${[...failures, ...requestFailures].join('\n\n')}\n` : ''}`
}
