// An editor's correction, made to a dataset file: one published update gets a new
// title and a new first sentence. The bench rebuilds from the edited copy with the
// caches kept ("rebuild after one edit"); scripts/src/publish-time.ts does the same.
import { createReadStream, createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { createInterface } from 'node:readline'

export interface Edit {
  id: string
  slug: string
  title: string
  /** The words added to the start of the update's body. */
  correction: string
}

type Span = { _type: string; text?: string }
type Update = { _id: string; _type: string; title: string; slug: { current: string }; body: Array<{ _type: string; children?: Span[] }> }

const CORRECTION = 'Correction: an earlier version of this update gave the wrong date.'

export interface EditOptions {
  /** Added to the title in brackets (default "corrected"), unless `title` replaces it. */
  stamp?: string
  /** A new title in place of the old one (the bench's search check gives one with a word no other update has). */
  title?: string
  /** Whether to add the correction sentence to the body (default true). */
  correct?: boolean
}

/**
 * Copies `from` to `to` with the published update in the middle of the file edited
 * (the middle, so the edit lands neither on the newest page nor the oldest): always
 * the same update for the same file, so edits of edits land on it too.
 */
export async function editOneUpdate(from: string, to: string, { stamp = 'corrected', title, correct = true }: EditOptions = {}): Promise<Edit> {
  const published: number[] = []
  let n = 0
  for await (const line of createInterface({ input: createReadStream(from), crlfDelay: Infinity })) {
    if (line.includes('"_type":"update"') && !/"_id":"(drafts|versions)\./.test(line)) published.push(n)
    n += 1
  }
  const target = published[Math.floor(published.length / 2)]
  if (target === undefined) throw new Error(`${from} has no published update to edit`)

  let edit: Edit | undefined
  const out = createWriteStream(to)
  n = 0
  for await (const line of createInterface({ input: createReadStream(from), crlfDelay: Infinity })) {
    let text = line
    if (n === target) {
      const update = JSON.parse(line) as Update
      update.title = title ?? `${update.title} (${stamp})`
      if (correct) {
        const span = update.body.find((b) => b._type === 'block')?.children?.find((c) => c._type === 'span')
        if (!span) throw new Error(`update ${update._id} has no text to correct`)
        span.text = `${CORRECTION} ${span.text ?? ''}`
      }
      edit = { id: update._id, slug: update.slug.current, title: update.title, correction: correct ? CORRECTION : '' }
      text = JSON.stringify(update)
    }
    if (!out.write(`${text}\n`)) await once(out, 'drain')
    n += 1
  }
  out.end()
  await once(out, 'close')
  return edit!
}
