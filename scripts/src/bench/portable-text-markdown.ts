// Portable Text -> Markdown, for the peer baseline: the same updates as a team
// without a CMS would keep them, as Markdown files with front matter.

type Span = { _type: string; text?: string; marks?: string[] }
type MarkDef = { _key: string; _type: string; href?: string }
type Item = {
  _type: string
  style?: string
  listItem?: string
  children?: Span[]
  markDefs?: MarkDef[]
  alt?: string
  _sanityAsset?: string
  text?: string
  label?: string
  url?: string
}

// Markdown emphasis must not start or end with a space: keep spaces outside the markers.
function wrap(text: string, open: string, close = open): string {
  const match = /^(\s*)(.*?)(\s*)$/s.exec(text)
  const [, lead = '', core = '', trail = ''] = match ?? []
  return core ? `${lead}${open}${core}${close}${trail}` : text
}

function inline(block: Item): string {
  const links = new Map((block.markDefs ?? []).map((def) => [def._key, def.href ?? '']))
  return (block.children ?? [])
    .map((span) => {
      let text = span.text ?? ''
      for (const mark of span.marks ?? []) {
        if (mark === 'strong') text = wrap(text, '**')
        else if (mark === 'em') text = wrap(text, '_')
        else if (links.has(mark)) text = wrap(text, '[', `](${links.get(mark)})`)
      }
      return text
    })
    .join('')
}

/** Where the image lives in the peer site: its public/ folder, served as is. */
export function imagePath(sanityAsset: string): string {
  return `/images/${sanityAsset.split('/').pop() ?? ''}`
}

export function toMarkdown(items: readonly Item[]): string {
  const out: string[] = []
  let number = 0
  for (const item of items) {
    const previousWasList = out.length > 0 && number !== 0
    if (item._type === 'block') {
      const text = inline(item)
      if (item.listItem) {
        number = item.listItem === 'number' ? number + 1 : -1
        out.push(item.listItem === 'number' ? `${number}. ${text}` : `- ${text}`)
        continue
      }
      number = 0
      if (previousWasList) out.push('')
      if (item.style === 'h2') out.push(`## ${text}`, '')
      else if (item.style === 'h3') out.push(`### ${text}`, '')
      else if (item.style === 'blockquote') out.push(`> ${text}`, '')
      else out.push(text, '')
      continue
    }
    if (previousWasList) out.push('')
    number = 0
    if (item._type === 'imageWithAlt' && item._sanityAsset) out.push(`![${item.alt ?? ''}](${imagePath(item._sanityAsset)})`, '')
    else if (item._type === 'callout') out.push(`> **Note:** ${item.text ?? ''}`, '')
    else if (item._type === 'callToAction') out.push(`[${item.label ?? ''}](${item.url ?? ''})`, '')
  }
  return `${out.join('\n').trim()}\n`
}
