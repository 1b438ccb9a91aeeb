// The plain floor: read the dataset file, render each update's Portable Text to HTML
// with @portabletext/to-html and write one file per update. Nothing else: no
// framework, no validation, no feeds. No build can do less and produce the pages.
//
// CLI: node scripts/src/bench/floor.ts --data /abs/data.ndjson --out /abs/out-dir
import { createReadStream } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { escapeHTML, toHTML, type PortableTextHtmlComponents } from '@portabletext/to-html'
import { imagePath } from './portable-text-markdown.ts'

type Update = { _id: string; _type: string; title: string; slug: { current: string }; body: never[] }

const components: Partial<PortableTextHtmlComponents> = {
  types: {
    imageWithAlt: ({ value }: { value: { _sanityAsset?: string; alt?: string } }) =>
      `<img src="${escapeHTML(imagePath(value._sanityAsset ?? ''))}" alt="${escapeHTML(value.alt ?? '')}">`,
    callout: ({ value }: { value: { text?: string } }) => `<aside>${escapeHTML(value.text ?? '')}</aside>`,
    callToAction: ({ value }: { value: { label?: string; url?: string } }) =>
      `<a href="${escapeHTML(value.url ?? '')}">${escapeHTML(value.label ?? '')}</a>`,
  },
}

export async function renderFloor(datasetFile: string, outDir: string): Promise<number> {
  let written = 0
  const pending: Promise<void>[] = []
  for await (const line of createInterface({ input: createReadStream(datasetFile), crlfDelay: Infinity })) {
    if (!line.includes('"_type":"update"')) continue
    const update = JSON.parse(line) as Update
    if (update._type !== 'update' || update._id.startsWith('drafts.') || update._id.startsWith('versions.')) continue
    const dir = join(outDir, 'updates', update.slug.current)
    const html = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHTML(update.title)}</title></head><body><main><h1>${escapeHTML(update.title)}</h1>${toHTML(update.body, { components })}</main></body></html>`
    pending.push(mkdir(dir, { recursive: true }).then(() => writeFile(join(dir, 'index.html'), html)))
    written += 1
    if (pending.length >= 64) await Promise.all(pending.splice(0))
  }
  await Promise.all(pending)
  return written
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' } } })
  if (!values.data || !values.out) {
    console.error('Usage: node scripts/src/bench/floor.ts --data /abs/data.ndjson --out /abs/out-dir')
    process.exit(2)
  }
  const written = await renderFloor(values.data, values.out)
  console.log(`Wrote ${written} pages into ${values.out}`)
}
