// Portable Text bodies in the shape of the content model's `richText`: paragraphs with
// links and decorators, h2/h3 headings, quotes (style `blockquote`), lists, images
// (`imageWithAlt` as an export writes it, with `_sanityAsset`), callouts and buttons.
import type { ImageFile } from './images.ts'
import { countWords, heading, listItem, quote, sentences } from './phrases.ts'
import type { Random } from './random.ts'

export interface Span {
  _type: 'span'
  _key: string
  text: string
  marks: string[]
}

export interface Block {
  _type: 'block'
  _key: string
  style: 'normal' | 'h2' | 'h3' | 'blockquote'
  markDefs: Array<{ _type: 'link'; _key: string; href: string }>
  children: Span[]
  listItem?: 'bullet' | 'number'
  level?: number
}

export interface BodyImage {
  _type: 'imageWithAlt'
  _key?: string
  _sanityAsset: string
  alt: string
  credit: string
  caption?: string
}

export type RichTextItem =
  | Block
  | BodyImage
  | { _type: 'callout'; _key: string; tone: 'info' | 'warning'; text: string }
  | { _type: 'callToAction'; _key: string; label: string; url: string }

export interface RichTextContext {
  random: Random
  images: readonly ImageFile[]
  /** Link targets: site-relative pages and outside sources. */
  links: readonly string[]
  /** Where the petition is signed, for call-to-action buttons. */
  signUrl: string
}

export function imageWithAlt(context: RichTextContext, withKey: boolean): BodyImage {
  const { random } = context
  const image = random.pick(context.images)
  return {
    _type: 'imageWithAlt',
    ...(withKey ? { _key: random.key() } : {}),
    _sanityAsset: image.sanityAsset,
    alt: image.alt,
    credit: 'Campaign photo library',
    ...(random.chance(0.4) ? { caption: 'Sample image for synthetic content.' } : {}),
  }
}

function simpleBlock(random: Random, style: Block['style'], text: string): Block {
  return {
    _type: 'block',
    _key: random.key(),
    style,
    markDefs: [],
    children: [{ _type: 'span', _key: random.key(), text, marks: [] }],
  }
}

/** A paragraph of `count` sentences; some become links or are emphasised. */
function paragraph(context: RichTextContext, count: number, forceLink: boolean): Block {
  const { random } = context
  const block: Block = { _type: 'block', _key: random.key(), style: 'normal', markDefs: [], children: [] }
  const parts = sentences(random, count)
  const linkAt = forceLink ? random.int(0, count - 1) : random.chance(0.3) ? random.int(0, count - 1) : -1
  let plain = ''
  const flush = (): void => {
    if (plain) block.children.push({ _type: 'span', _key: random.key(), text: plain, marks: [] })
    plain = ''
  }
  parts.forEach((text, index) => {
    const spaced = index < parts.length - 1 ? `${text} ` : text
    let marks: string[] = []
    if (index === linkAt) {
      const markKey = random.key()
      block.markDefs.push({ _type: 'link', _key: markKey, href: random.pick(context.links) })
      marks = [markKey]
    } else if (random.chance(0.06)) {
      marks = [random.chance(0.5) ? 'strong' : 'em']
    }
    if (marks.length === 0) {
      plain += spaced
      return
    }
    flush()
    // The link covers the sentence; the space after it stays plain.
    block.children.push({ _type: 'span', _key: random.key(), text, marks })
    if (spaced !== text) plain = ' '
  })
  flush()
  return block
}

function list(random: Random, kind: 'bullet' | 'number'): Block[] {
  return Array.from({ length: random.int(3, 5) }, () => ({
    ...simpleBlock(random, 'normal', capitalise(listItem(random))),
    listItem: kind,
    level: 1,
  }))
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

function wordsIn(items: readonly RichTextItem[]): number {
  let words = 0
  for (const item of items) {
    if (item._type === 'block') for (const span of item.children) words += countWords(span.text)
    else if (item._type === 'callout') words += countWords(item.text)
  }
  return words
}

/**
 * A body of about `targetWords` words. The first section always has an h2, an h3,
 * a quote, an image and a link, so every body exercises every renderer.
 */
export function richText(context: RichTextContext, targetWords: number): RichTextItem[] {
  const { random } = context
  const body: RichTextItem[] = [paragraph(context, random.int(3, 4), true)]
  let words = wordsIn(body)
  const add = (...items: RichTextItem[]): void => {
    body.push(...items)
    words += wordsIn(items)
  }
  for (let section = 0; words < targetWords; section += 1) {
    const first = section === 0
    const h2 = heading(random)
    add(simpleBlock(random, 'h2', h2))
    add(paragraph(context, random.int(3, 5), false))
    if (!first && words >= targetWords) break
    if (first || random.chance(0.5)) {
      let h3 = heading(random)
      while (h3 === h2) h3 = heading(random)
      add(simpleBlock(random, 'h3', h3), paragraph(context, random.int(2, 4), false))
    }
    if (first || random.chance(0.35)) add(simpleBlock(random, 'blockquote', quote(random)))
    if (first || random.chance(0.3)) add(imageWithAlt(context, true))
    if (!first && random.chance(0.35)) add(...list(random, random.chance(0.7) ? 'bullet' : 'number'))
    if (!first && random.chance(0.1)) {
      add({ _type: 'callout', _key: random.key(), tone: random.chance(0.8) ? 'info' : 'warning', text: sentences(random, 1)[0] ?? '' })
    }
    if (!first && random.chance(0.08)) {
      add({ _type: 'callToAction', _key: random.key(), label: 'Add your voice', url: context.signUrl })
    }
    if (words < targetWords) add(paragraph(context, random.int(2, 5), false))
  }
  return body
}
