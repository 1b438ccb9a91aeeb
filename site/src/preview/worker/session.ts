// The preview session: after Presentation's handshake (enable.ts) the browser holds
// a cookie that says "until <time>", signed with a key only the Worker has. No
// storage: a Worker checks the signature. The key is derived from the Viewer token,
// so a new token (or a new project or dataset) ends every session.

export const SESSION_COOKIE = 'campaign-preview-session'

/** A working day: the Presentation tool makes a new session every time it opens the preview. */
export const SESSION_SECONDS = 8 * 60 * 60

const encoder = new TextEncoder()

function base64url(bytes: ArrayBuffer): string {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return undefined
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  return Uint8Array.from(binary, (c) => c.charCodeAt(0))
}

export interface SessionKeySource {
  token: string
  projectId: string
  dataset: string
}

async function key({ token, projectId, dataset }: SessionKeySource): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', encoder.encode(token), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  const derived = await crypto.subtle.sign('HMAC', base, encoder.encode(`campaign-preview-session:${projectId}:${dataset}`))
  return crypto.subtle.importKey('raw', derived, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify'])
}

/** A session cookie's value, valid until `now + SESSION_SECONDS`. */
export async function signSession(source: SessionKeySource, now = Date.now()): Promise<string> {
  const until = Math.floor(now / 1000) + SESSION_SECONDS
  const signature = await crypto.subtle.sign('HMAC', await key(source), encoder.encode(String(until)))
  return `${until}.${base64url(signature)}`
}

/** True for a cookie this Worker signed that has not yet expired. */
export async function isValidSession(value: string | undefined, source: SessionKeySource, now = Date.now()): Promise<boolean> {
  const [until, signature, ...rest] = (value ?? '').split('.')
  if (!until || !signature || rest.length || !/^\d{1,12}$/.test(until)) return false
  const seconds = Number(until)
  const nowSeconds = Math.floor(now / 1000)
  if (seconds <= nowSeconds || seconds > nowSeconds + SESSION_SECONDS) return false
  const bytes = fromBase64url(signature)
  if (!bytes) return false
  return crypto.subtle.verify('HMAC', await key(source), bytes, encoder.encode(until))
}

/**
 * A cookie the Studio's iframe can keep: HttpOnly (no script reads it), Secure and
 * SameSite=None (the preview is framed by the Studio, another site), Partitioned (kept
 * per top-level site, so browsers that block third-party cookies still keep it).
 */
export function previewCookie(name: string, value: string, maxAgeSeconds: number): string {
  return `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; Secure; SameSite=None; Partitioned`
}

/** One cookie's value from a Cookie header. */
export function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) {
      try {
        return decodeURIComponent(value.join('='))
      } catch {
        return undefined
      }
    }
  }
  return undefined
}
