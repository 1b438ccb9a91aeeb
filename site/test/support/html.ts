import { parse } from 'parse5'

/** A parsed element: what a browser would build from the HTML, not what a regex guesses. */
export interface Element {
  tag: string
  attrs: Record<string, string>
  text: string
}

type Node = { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string; content?: Node }

/** Every element of a document, in order, with its own text content. */
export function elements(html: string): Element[] {
  const out: Element[] = []
  const textOf = (node: Node): string =>
    node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map(textOf).join('')
  const walk = (node: Node) => {
    if (node.tagName) {
      out.push({
        tag: node.tagName,
        attrs: Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value])),
        text: textOf(node),
      })
    }
    for (const child of node.childNodes ?? []) walk(child)
    if (node.content) walk(node.content)
  }
  walk(parse(html) as unknown as Node)
  return out
}
