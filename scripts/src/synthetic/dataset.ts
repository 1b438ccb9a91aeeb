// Writes a synthetic dataset in `sanity dataset export` form: one document per
// NDJSON line, and the shared images in an images/ folder beside the file.
// Documents are built and written one at a time, so memory stays flat at any size.
import { createWriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { once } from 'node:events'
import { ask, askCount, campaign, milestone, nations, siteSettings, story, update, type Document } from './documents.ts'
import { writeImagePool } from './images.ts'
import { createRandom, type Random } from './random.ts'
import type { RichTextContext } from './rich-text.ts'

export interface DatasetOptions {
  updates: number
  seed: number
  /** Path of the .ndjson file to write; images go into `images/` beside it. */
  out: string
}

export interface DatasetSummary {
  file: string
  bytes: number
  counts: Record<string, number>
}

/** How many of each type a dataset of `updates` updates holds. */
export function proportions(updates: number): Record<string, number> {
  return {
    siteSettings: 1,
    campaign: 1,
    nation: 4,
    ask: askCount(updates),
    update: updates,
    story: Math.max(1, Math.round(updates / 20)),
    milestone: Math.max(1, Math.round(updates / 10)),
  }
}

const CHUNK = 1 << 20
const REV_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const SYSTEM_TIME = '2019-09-01T09:00:00Z'

/** The system fields every exported document carries: creation and edit times, and a revision. */
function withSystemFields(doc: Document, random: Random): Document {
  const { _id, _type, ...fields } = doc
  const consent = fields.consent as { givenOn?: string } | undefined
  const created = (fields.publishedAt as string | undefined) ?? (consent?.givenOn ? `${consent.givenOn}T12:00:00Z` : SYSTEM_TIME)
  const updated = (fields.updatedAt as string | undefined) ?? created
  const rev = Array.from({ length: 22 }, () => REV_CHARS[random.int(0, REV_CHARS.length - 1)]).join('')
  return { _id, _type, _createdAt: created, _updatedAt: updated, _rev: rev, ...fields }
}

export async function writeDataset(options: DatasetOptions): Promise<DatasetSummary> {
  if (!Number.isInteger(options.updates) || options.updates < 1) throw new Error(`updates must be a positive integer, got ${options.updates}`)
  await mkdir(dirname(options.out), { recursive: true })
  const images = await writeImagePool(dirname(options.out))
  const random = createRandom(options.seed)
  const counts = proportions(options.updates)
  const askTotal = counts.ask ?? 5
  const askDocs = Array.from({ length: askTotal }, (_, index) => index)
  const context: RichTextContext = {
    random,
    images,
    links: [
      '/updates/',
      '/timeline/',
      'https://www.nhs.uk/conditions/breast-cancer/',
      'https://www.example.org/research/secondary-breast-cancer',
      'mailto:campaigns@example.org',
      'tel:+440000000000',
    ],
    signUrl: 'https://campaigns.example.org/secondary-breast-cancer/sign',
  }

  const stream = createWriteStream(options.out)
  let buffer = ''
  let bytes = 0
  const write = async (doc: Document): Promise<void> => {
    buffer += `${JSON.stringify(withSystemFields(doc, random))}\n`
    if (buffer.length < CHUNK) return
    await flush()
  }
  const flush = async (): Promise<void> => {
    bytes += Buffer.byteLength(buffer)
    const ok = stream.write(buffer)
    buffer = ''
    if (!ok) await once(stream, 'drain')
  }

  await write(siteSettings(context))
  await write(campaign(context))
  for (const nation of nations()) await write(nation)
  const askIds: string[] = []
  for (const index of askDocs) {
    const doc = ask(context, index)
    // Asks link to each other in their bodies; updates link to asks.
    askIds.push(doc._id)
    context.links = [...context.links, `/asks/${(doc.slug as { current: string }).current}/`]
    await write(doc)
  }
  for (let index = 0; index < options.updates; index += 1) await write(update(context, index, options.updates, askIds))
  for (let index = 0; index < (counts.story ?? 0); index += 1) await write(story(context, index, askIds))
  const milestones = counts.milestone ?? 0
  for (let index = 0; index < milestones; index += 1) await write(milestone(context, index, milestones, options.updates))
  await flush()
  stream.end()
  await once(stream, 'finish')
  return { file: options.out, bytes, counts }
}
