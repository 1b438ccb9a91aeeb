// The hosted preview's door (added by integration.ts, only to the Worker build).
// Every request but the handshake needs a preview session; with one, the page is
// rendered from the content the Content Lake holds now (request-content.ts), in the
// perspective the Studio asked for.
import type { MiddlewareHandler } from 'astro'
import { ContentError, SourceError } from '../../content/index.ts'
import { PERSPECTIVE_PARAM, previewPerspective, previewSettings, type PreviewSettings } from '../settings.ts'
import { datasetStamp } from '../load.ts'
import { STAMP_META, STAMP_PATH } from '../stamp.ts'
import { loadRequestContent, withContent, type PreviewContent } from './request-content.ts'
import { contentUnavailable, needsSession, notSetUp, privately } from './responses.ts'
import { SESSION_COOKIE, SESSION_SECONDS, cookieValue, isValidSession, previewCookie } from './session.ts'

/** Presentation's handshake: the only addresses answered without a session. */
export const HANDSHAKE_PATHS = new Set(['/preview/enable', '/preview/disable', '/preview/enable/', '/preview/disable/'])

export const onRequest: MiddlewareHandler = async ({ request, url }, next) => {
  let settings: PreviewSettings
  try {
    settings = previewSettings(process.env)
  } catch (error) {
    return privately(notSetUp(error as Error), "'none'")
  }
  const studioOrigin = new URL(settings.studioUrl).origin
  if (HANDSHAKE_PATHS.has(url.pathname)) return privately(await next(), studioOrigin)

  const cookies = request.headers.get('Cookie')
  if (!(await isValidSession(cookieValue(cookies, SESSION_COOKIE), settings))) return privately(needsSession(), studioOrigin)

  // The overlay asks, for a few seconds after an edit, whether the page it shows is still the latest (overlay.ts).
  if (url.pathname === STAMP_PATH) return privately(await stampResponse(), studioOrigin)

  // The perspective the Presentation tool asks for travels in the page's address;
  // links clicked inside the preview lose it, so a cookie keeps it until the tool asks again.
  const asked = url.searchParams.get(PERSPECTIVE_PARAM)
  const perspective = previewPerspective(asked ?? cookieValue(cookies, PERSPECTIVE_PARAM))
  let stamp: string
  let read: PreviewContent
  try {
    ;({ stamp, read } = await loadRequestContent(perspective))
    await read.content
  } catch (error) {
    return unavailable(error, studioOrigin)
  }
  let rendered: Response
  try {
    // The whole page is rendered here, inside this request's content: Astro streams a
    // page's body, and a body read later would read it without that content.
    rendered = await withContent(read, async () => {
      const response = await next()
      return new Response(isText(response) ? await response.text() : await response.arrayBuffer(), response)
    })
    if (isText(rendered)) {
      let text = read.links.expand(await rendered.text())
      // Each page says which state of the dataset it shows, for the overlay to compare.
      if (rendered.headers.get('Content-Type')?.startsWith('text/html')) text = text.replace('</head>', `<meta name="${STAMP_META}" content="${encodeURIComponent(stamp)}"></head>`)
      const headers = new Headers(rendered.headers)
      headers.delete('Content-Length')
      rendered = new Response(text, { status: rendered.status, statusText: rendered.statusText, headers })
    }
  } catch (error) {
    // Reading the bodies a page shows can fail as reading the content can; anything else is a fault in the site.
    if (error instanceof ContentError || error instanceof SourceError) return unavailable(error, studioOrigin)
    throw error
  }
  const response = privately(rendered, studioOrigin)
  if (asked !== null) response.headers.append('Set-Cookie', previewCookie(PERSPECTIVE_PARAM, asked, SESSION_SECONDS))
  return response
}

/** Pages, feeds and data files: text that may carry edit links' markers. */
const isText = (response: Response) => /^(text\/|application\/([\w.-]+\+)?(json|xml))/.test(response.headers.get('Content-Type') ?? '')

function unavailable(error: unknown, studioOrigin: string): Response {
  console.error(`Preview content could not be loaded: ${(error as Error).message}`)
  return privately(contentUnavailable(error), studioOrigin)
}

async function stampResponse(): Promise<Response> {
  try {
    return Response.json({ stamp: encodeURIComponent(await datasetStamp(process.env)) })
  } catch {
    return Response.json({ error: 'The Content Lake could not be read.' }, { status: 503 })
  }
}
