// What the preview answers besides pages: the door (401), the plain-words pages for
// when content cannot be shown, and the headers every preview response carries.
import { ContentError, SourceError } from '../../content/index.ts'

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** A small page in plain words, readable in the Studio's frame. */
export function plainPage(status: number, title: string, paragraphs: string[]): Response {
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title>
<style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1b1b1b}h1{font-size:1.6rem}pre{white-space:pre-wrap;background:#f3f2f1;padding:1rem}</style>
</head><body><main><h1>${escape(title)}</h1>
${paragraphs.map((p) => (p.includes('\n') ? `<pre>${escape(p)}</pre>` : `<p>${escape(p)}</p>`)).join('\n')}
</main></body></html>
`
  return new Response(body, { status, headers: { 'Content-Type': 'text/html; charset=utf-8' } })
}

/** Without a preview session: no content at all. */
export const needsSession = () =>
  plainPage(401, 'Open the preview from the Studio', [
    'This is the campaign’s private preview of unpublished work. It opens only inside the Studio’s Preview tool, for people signed in to the Studio.',
    'Open the Studio, then choose Preview (or Open preview on a document).',
  ])

/** A forged, used-up or expired handshake. */
export const invalidSecret = () =>
  plainPage(401, 'This preview link has expired', [
    'The link that opened the preview is not valid any more (they last an hour). Open the preview again from the Studio’s Preview tool.',
  ])

/** The preview's own settings are missing (a set-up mistake, named exactly). */
export const notSetUp = (error: Error) => plainPage(500, 'The preview is not set up yet', [error.message.replace(/npm run preview:drafts/g, 'the preview')])

/** Content could not be read, or a draft has a problem: said plainly, never a stack trace. */
export function contentUnavailable(error: unknown): Response {
  if (error instanceof ContentError) {
    return plainPage(500, 'A document has a problem the preview cannot show', [
      'Fix the field named below in the Studio and the preview will show it again on the next page view:',
      error.message,
    ])
  }
  const reason = error instanceof SourceError ? error.message : 'The Content Lake did not answer.'
  return plainPage(503, 'The preview cannot reach the content just now', [
    'The preview reads your content from Sanity’s Content Lake on every page view, and just now it could not. Nothing is wrong with your work.',
    'Wait a minute, then press Refresh in the Preview tool. If it keeps happening, tell whoever set up the preview, with this:',
    reason,
  ])
}

/**
 * Every preview response: never cached (it shows unpublished work, and may show a
 * different perspective next time), never indexed, and framed only by the Studio.
 */
export function privately(response: Response, studioOrigin: string): Response {
  const result = new Response(response.body, response)
  result.headers.set('Cache-Control', 'private, no-store')
  result.headers.set('X-Robots-Tag', 'noindex, nofollow')
  result.headers.set('Content-Security-Policy', `frame-ancestors ${studioOrigin}`)
  result.headers.set('X-Content-Type-Options', 'nosniff')
  result.headers.set('Referrer-Policy', 'same-origin')
  result.headers.delete('X-Frame-Options')
  return result
}
