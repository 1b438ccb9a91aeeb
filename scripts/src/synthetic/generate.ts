// CLI: node scripts/src/synthetic/generate.ts --updates 1000 --seed 1 --out /tmp/x/data.ndjson
import { parseArgs } from 'node:util'
import { resolve } from 'node:path'
import { writeDataset } from './dataset.ts'

const { values } = parseArgs({
  options: {
    updates: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
})

if (!values.out) {
  console.error('Usage: node scripts/src/synthetic/generate.ts --updates 1000 --seed 1 --out /tmp/x/data.ndjson')
  process.exit(2)
}

const started = performance.now()
const summary = await writeDataset({ updates: Number(values.updates), seed: Number(values.seed), out: resolve(values.out) })
const seconds = (performance.now() - started) / 1000
const counts = Object.entries(summary.counts).map(([type, count]) => `${count} ${type}`).join(', ')
console.log(`Wrote ${summary.file}: ${(summary.bytes / 1048576).toFixed(1)} MiB (${counts}) in ${seconds.toFixed(1)} s`)
