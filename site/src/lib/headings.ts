/**
 * Rich text written by editors can skip a heading level (an h3 with no h2 before
 * it). A body's top headings are h2, under the page's h1; text placed under a
 * section's h2 moves every heading one level down. Then each heading is lifted to
 * at most one level below the one before it, so the outline stays in order
 * (WCAG 1.3.1). Only tag names change; the renderer's escaped text is untouched.
 */
export function fitHeadings(html: string, parentLevel = 1): string {
  const shift = parentLevel - 1
  let previous = parentLevel
  return html.replace(/<(\/?)h([2-6])>/g, (_tag, closing: string, digit: string) => {
    if (closing) return `</h${previous}>`
    previous = Math.min(Number(digit) + shift, previous + 1, 6)
    return `<h${previous}>`
  })
}
