// What one Pagefind index of N updates costs to make: the profile behind the search
// index's shard size (site/scripts/search-index.ts). Indexes the first N published
// updates of a dataset file as the build's records (title, summary, body text) in one
// Pagefind process, and prints the seconds and that process's peak resident memory.
//
//   node scripts/src/bench/pagefind-memory.ts <data.ndjson> <N> [output folder]
import { readFileSync, readdirSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { toPlainText } from '@portabletext/toolkit'
import { close, createIndex } from 'pagefind'

const [file, count, out] = process.argv.slice(2)
if (!file || !count) {
  console.error('Usage: node scripts/src/bench/pagefind-memory.ts <data.ndjson> <N> [output folder]')
  process.exit(2)
}
type Update = { _id: string; _type: string; title: string; summary?: string; slug: { current: string }; body: Parameters<typeof toPlainText>[0] }
const updates = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.includes('"_type":"update"'))
  .map((line) => JSON.parse(line) as Update)
  .filter((doc) => !doc._id.startsWith('drafts.') && !doc._id.startsWith('versions.'))
  .slice(0, Number(count))

/** Pagefind's own process, sampled from /proc every 100 ms and after each step. */
let peakMiB = 0
const sample = () => {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const status = (() => {
      try {
        return readFileSync(`/proc/${pid}/status`, 'utf8')
      } catch {
        return ''
      }
    })()
    if (/^Name:\s*pagefind/m.test(status)) peakMiB = Math.max(peakMiB, Number(/VmRSS:\s*(\d+)/.exec(status)?.[1] ?? 0) / 1024)
  }
}
const sampler = setInterval(sample, 100)

const outputPath = out ?? (await mkdtemp(join(tmpdir(), 'pagefind-memory-')))
const started = performance.now()
const { index, errors } = await createIndex({ forceLanguage: 'en' })
if (!index) throw new Error(errors.join('; '))
sample()
for (let i = 0; i < updates.length; i += 200) {
  await Promise.all(
    updates.slice(i, i + 200).map((doc) =>
      index.addCustomRecord({ url: `/updates/${doc.slug.current}/`, content: [doc.title, doc.summary, toPlainText(doc.body)].filter(Boolean).join('\n'), language: 'en', meta: { title: doc.title } }),
    ),
  )
}
sample()
const added = performance.now()
await index.writeFiles({ outputPath })
const written = performance.now()
sample()
clearInterval(sampler)
await close()
if (!out) await rm(outputPath, { recursive: true, force: true })
console.log(`${updates.length} updates: records added in ${((added - started) / 1000).toFixed(1)} s, written in ${((written - added) / 1000).toFixed(1)} s; Pagefind's peak ${peakMiB.toFixed(0)} MiB`)
