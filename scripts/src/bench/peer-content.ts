// Turns a dataset file's updates into the peer baseline's content folder: one
// Markdown file per update, with front matter, and the images in a public folder.
import { createReadStream } from 'node:fs'
import { cp, mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { toHTML } from '@portabletext/to-html'
import { toMarkdown } from './portable-text-markdown.ts'

export interface PeerContent {
  updates: number
  /** Mean size of an update body rendered to HTML, from a sample: the Astro floor's page size. */
  bodyHtmlBytes: number
}

const SAMPLE = 200

type Update = { _id: string; _type: string; title: string; slug: { current: string }; publishedAt: string; summary?: string; kind: string; body: never[] }

export async function writePeerContent(datasetFile: string, contentDir: string, publicDir: string): Promise<PeerContent> {
  await mkdir(contentDir, { recursive: true })
  await cp(join(dirname(datasetFile), 'images'), join(publicDir, 'images'), { recursive: true })
  let updates = 0
  let sampled = 0
  let sampleBytes = 0
  const pending: Promise<void>[] = []
  for await (const line of createInterface({ input: createReadStream(datasetFile), crlfDelay: Infinity })) {
    if (!line.includes('"_type":"update"')) continue
    const doc = JSON.parse(line) as Update
    if (doc._type !== 'update' || doc._id.startsWith('drafts.') || doc._id.startsWith('versions.')) continue
    updates += 1
    if (sampled < SAMPLE) {
      sampled += 1
      sampleBytes += Buffer.byteLength(toHTML(doc.body, { onMissingComponent: false }))
    }
    const front = [
      '---',
      `title: ${JSON.stringify(doc.title)}`,
      `publishedAt: ${JSON.stringify(doc.publishedAt)}`,
      `kind: ${JSON.stringify(doc.kind)}`,
      `summary: ${JSON.stringify(doc.summary ?? '')}`,
      '---',
      '',
    ].join('\n')
    pending.push(writeFile(join(contentDir, `${doc.slug.current}.md`), front + toMarkdown(doc.body)))
    if (pending.length >= 64) await Promise.all(pending.splice(0))
  }
  await Promise.all(pending)
  return { updates, bodyHtmlBytes: sampled ? Math.round(sampleBytes / sampled) : 0 }
}
