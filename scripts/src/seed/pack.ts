// Packs the committed demo dataset (studio/seed/demo) into studio/seed/demo.tar.gz, laid out
// as `sanity dataset export` lays out its archive:
//   <dataset>-export-<date>/data.ndjson
//   <dataset>-export-<date>/assets.json
//   <dataset>-export-<date>/files/
//   <dataset>-export-<date>/images/<sha1>-<w>x<h>.png
// Run: npm run seed:pack -w scripts
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { tarGz, type TarEntry } from './tar.ts'

const seedFolder = resolve(import.meta.dirname, '../../../studio/seed')
export const demoFolder = join(seedFolder, 'demo')
export const demoTarball = join(seedFolder, 'demo.tar.gz')

/** The newest `_updatedAt` in the dataset: the archive's date, so packing twice gives the same bytes. */
function newestUpdate(ndjson: string): Date {
  const times = ndjson
    .split('\n')
    .filter(Boolean)
    .map((line) => Date.parse((JSON.parse(line) as { _updatedAt: string })._updatedAt))
  return new Date(Math.max(...times))
}

/** The export's top folder name, e.g. `production-export-2020-04-20t10-00-00-000z`, as the exporter makes it. */
export function exportFolderName(dataset: string, exportedAt: Date): string {
  return `${dataset}-export-${exportedAt.toISOString().replace(/[^a-z0-9]/gi, '-').toLowerCase()}`
}

export async function packDemo({ from = demoFolder, to = demoTarball, dataset = 'production' } = {}): Promise<string> {
  const ndjson = await readFile(join(from, 'data.ndjson'))
  const exportedAt = newestUpdate(ndjson.toString('utf8'))
  const top = exportFolderName(dataset, exportedAt)
  const images = (await readdir(join(from, 'images'))).filter((name) => !name.startsWith('.')).sort()
  const entries: TarEntry[] = [
    { path: `${top}/` },
    { path: `${top}/data.ndjson`, bytes: ndjson },
    { path: `${top}/assets.json`, bytes: await readFile(join(from, 'assets.json')) },
    { path: `${top}/files/` },
    { path: `${top}/images/` },
    ...(await Promise.all(images.map(async (name) => ({ path: `${top}/images/${name}`, bytes: await readFile(join(from, 'images', name)) })))),
  ]
  await writeFile(to, tarGz(entries, Math.floor(exportedAt.getTime() / 1000)))
  return to
}

if (import.meta.main) {
  const written = await packDemo()
  console.log(`Packed the demo dataset into ${written}`)
}
