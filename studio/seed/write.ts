// Writes the demo dataset in `sanity dataset export` form:
//   demo/data.ndjson    one document a line, images as `_sanityAsset` pointers
//   demo/images/        <sha1>-<w>x<h>.png, rendered from the SVG artwork in ./artwork
//   demo/assets.json    original file names, keyed by asset id, as the exporter writes them
//   demo/petition-breakdown.json  the demo petition's sample signatures by place (not part of the export)
// Run: node studio/seed/write.ts [output folder]   (npm run seed:write -w studio)
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { demoDocuments } from './content/index.ts'
import { demoPetitionBreakdown } from './content/petition-breakdown.ts'
import { toNdjson } from './export-form.ts'
import { demoImages } from './images.ts'

export const demoFolder = resolve(import.meta.dirname, 'demo')

/** The files of the demo dataset, by path relative to the dataset folder. */
export function demoFiles(): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  files.set('data.ndjson', Buffer.from(toNdjson(demoDocuments)))
  const images = [...demoImages.values()].sort((a, b) => (a.sha1 < b.sha1 ? -1 : 1))
  const assets = Object.fromEntries(images.map((image) => [`image-${image.sha1}`, { originalFilename: image.name }]))
  files.set('assets.json', Buffer.from(`${JSON.stringify(assets, null, 2)}\n`))
  files.set('petition-breakdown.json', Buffer.from(`${JSON.stringify(demoPetitionBreakdown(), null, 2)}\n`))
  for (const image of images) files.set(`images/${image.fileName}`, image.bytes)
  return files
}

/** Writes the dataset to `folder`, removing images that are no longer used. */
export async function writeDemo(folder: string = demoFolder): Promise<string[]> {
  const files = demoFiles()
  await mkdir(join(folder, 'images'), { recursive: true })
  for (const old of await readdir(join(folder, 'images'))) {
    if (!files.has(`images/${old}`)) await rm(join(folder, 'images', old))
  }
  for (const [path, bytes] of files) await writeFile(join(folder, path), bytes)
  return [...files.keys()]
}

if (import.meta.main) {
  const folder = resolve(process.argv[2] ?? demoFolder)
  const written = await writeDemo(folder)
  console.log(`Wrote ${written.length} files to ${folder}`)
}
