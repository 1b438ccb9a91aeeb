// GET /preview/enable: Presentation's handshake. The Studio has written a short-lived
// secret into the dataset and opens this address with it; the secret is checked
// against the Content Lake with the Viewer token (@sanity/preview-url-secret), then
// the browser gets a preview session and goes on to the page the Studio asked for.
import { createClient } from '@sanity/client'
import { validatePreviewUrl } from '@sanity/preview-url-secret'
import type { APIRoute } from 'astro'
import { SANITY_API_VERSION } from '../../content/source/sanity.ts'
import { SourceError } from '../../content/index.ts'
import { PERSPECTIVE_PARAM, previewSettings } from '../settings.ts'
import { contentUnavailable, invalidSecret } from './responses.ts'
import { SESSION_COOKIE, SESSION_SECONDS, previewCookie, signSession } from './session.ts'

/** A path on this site only: never `//elsewhere` or `/\elsewhere`, which browsers read as another site. */
export function samePath(redirectTo: string | undefined): string {
  return redirectTo && redirectTo.startsWith('/') && !/^\/[/\\]/.test(redirectTo) ? redirectTo : '/'
}

export const GET: APIRoute = async ({ request }) => {
  const settings = previewSettings(process.env)
  const client = createClient({
    projectId: settings.projectId,
    dataset: settings.dataset,
    apiVersion: SANITY_API_VERSION,
    token: settings.token,
    useCdn: false,
    ...(settings.apiHost ? { apiHost: settings.apiHost, useProjectHostname: false } : {}),
  })
  let result: Awaited<ReturnType<typeof validatePreviewUrl>>
  try {
    result = await validatePreviewUrl(client, request.url)
  } catch (error) {
    return contentUnavailable(new SourceError(`The Content Lake (${settings.apiHost ?? 'Sanity'} project ${settings.projectId}, dataset ${settings.dataset}) could not check the preview link: ${(error as Error).message}`))
  }
  if (!result.isValid) return invalidSecret()
  const headers = new Headers({ Location: samePath(result.redirectTo) })
  headers.append('Set-Cookie', previewCookie(SESSION_COOKIE, await signSession(settings), SESSION_SECONDS))
  if (result.studioPreviewPerspective) headers.append('Set-Cookie', previewCookie(PERSPECTIVE_PARAM, result.studioPreviewPerspective, SESSION_SECONDS))
  return new Response(null, { status: 307, headers })
}
