// Tiny builders for the `richText` field (see docs/content-model.md). Every block, span and
// link gets a `_key` derived from its content, so the dataset is the same on every run.
import { imageWithAlt, type ImageFields } from './image.ts'
import { contentKey, keyed } from './keys.ts'

type Decorator = 'strong' | 'em'

/** A run of text inside a block: plain, bold, italic, or a link. */
export interface Inline {
  text: string
  marks?: Decorator[]
  href?: string
}

export interface Span {
  _type: 'span'
  _key: string
  text: string
  marks: string[]
}

export interface LinkDef {
  _type: 'link'
  _key: string
  href: string
}

export interface Block {
  _type: 'block'
  _key: string
  style: 'normal' | 'h2' | 'h3' | 'blockquote'
  listItem?: 'bullet' | 'number'
  level?: number
  children: Span[]
  markDefs: LinkDef[]
}

export interface Callout {
  _type: 'callout'
  _key: string
  tone: 'info' | 'warning'
  text: string
}

export interface CallToAction {
  _type: 'callToAction'
  _key: string
  label: string
  url: string
}

export type RichTextItem = Block | Callout | CallToAction | (ReturnType<typeof imageWithAlt> & { _key: string })

export const bold = (text: string): Inline => ({ text, marks: ['strong'] })
export const italic = (text: string): Inline => ({ text, marks: ['em'] })
/** A link: href must be https, http, mailto, tel or site-relative (`/…`). */
export const link = (text: string, href: string): Inline => ({ text, href })

function block(style: Block['style'], parts: (string | Inline)[], listItem?: Block['listItem']): Block {
  const inlines = parts.map((part) => (typeof part === 'string' ? { text: part } : part))
  const key = contentKey('block', style, listItem ?? null, inlines)
  const markDefs: LinkDef[] = []
  const children = inlines.map((inline, index): Span => {
    const marks: string[] = [...(inline.marks ?? [])]
    if (inline.href) {
      const linkKey = contentKey(key, 'link', index, inline.href)
      markDefs.push({ _type: 'link', _key: linkKey, href: inline.href })
      marks.push(linkKey)
    }
    return { _type: 'span', _key: contentKey(key, 'span', index), text: inline.text, marks }
  })
  return {
    _type: 'block',
    _key: key,
    style,
    ...(listItem ? { listItem, level: 1 } : {}),
    children,
    markDefs,
  }
}

export const paragraph = (...parts: (string | Inline)[]): Block => block('normal', parts)
export const h2 = (text: string): Block => block('h2', [text])
export const h3 = (text: string): Block => block('h3', [text])
export const quote = (...parts: (string | Inline)[]): Block => block('blockquote', parts)

/** A bulleted list: one block per item, as Portable Text stores lists. */
export const bulletList = (...items: (string | Inline | (string | Inline)[])[]): Block[] =>
  items.map((item) => block('normal', Array.isArray(item) ? item : [item], 'bullet'))

export const numberedList = (...items: (string | Inline | (string | Inline)[])[]): Block[] =>
  items.map((item) => block('normal', Array.isArray(item) ? item : [item], 'number'))

export const image = (artwork: string, fields: ImageFields): RichTextItem => {
  // Keyed by artwork name and fields, not by file hash: re-rendering an image keeps its key.
  return { ...imageWithAlt(artwork, fields), _key: contentKey('image', artwork, fields) }
}

export const callout = (tone: Callout['tone'], text: string): Callout => ({
  _type: 'callout',
  _key: contentKey('callout', tone, text),
  tone,
  text,
})

export const callToAction = (label: string, url: string): CallToAction => ({
  _type: 'callToAction',
  _key: contentKey('callToAction', label, url),
  label,
  url,
})

/** A `richText` value: the items in order, lists flattened, keys unique within the array. */
export const richText = (...items: (RichTextItem | RichTextItem[])[]): RichTextItem[] => keyed(items.flat())
