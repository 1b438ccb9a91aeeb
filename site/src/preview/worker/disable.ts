// GET /preview/disable: ends the preview session in this browser.
import type { APIRoute } from 'astro'
import { PERSPECTIVE_PARAM } from '../settings.ts'
import { plainPage } from './responses.ts'
import { SESSION_COOKIE, previewCookie } from './session.ts'

export const GET: APIRoute = () => {
  const response = plainPage(200, 'You have left the preview', ['Open it again from the Studio’s Preview tool.'])
  for (const name of [SESSION_COOKIE, PERSPECTIVE_PARAM]) response.headers.append('Set-Cookie', previewCookie(name, '', 0))
  return response
}
