import { createClient, type ClientPerspective, type StegaConfig } from '@sanity/client'
import { SourceError } from '../problems.ts'
import { checkDatasetPrivacy } from './sanity-privacy.ts'
import type { ContentSource } from './types.ts'

/** Pinned so a change in the Content Lake's API never changes a build silently. */
export const SANITY_API_VERSION = '2025-02-19'

export interface SanitySourceOptions {
  projectId: string
  dataset: string
  /** A Viewer token: a build reads a private dataset with it; the drafts preview needs it. */
  token?: string
  /** published for a build; drafts, published or a release stack for the drafts preview; raw for its dataset stamp. */
  perspective: Extract<ClientPerspective, 'published' | 'drafts' | 'raw'> | string[]
  /** Another API host, e.g. a stub Content Lake on 127.0.0.1 in tests. */
  apiHost?: string
  /** Further attempts after a transient failure (429, 5xx, timeout, network). */
  maxRetries?: number
  timeoutMs?: number
  /** Only for the drafts preview (src/preview/): hides edit links in strings for click-to-edit. Never in a build. */
  stega?: StegaConfig
}

/** Statuses worth another try: the Lake is busy or briefly unwell, not refusing the query. */
const TRANSIENT_STATUS = new Set([408, 429, 500, 502, 503, 504])

/** The Content Lake through @sanity/client, with retries on transient failures. */
export function openSanity(options: SanitySourceOptions): ContentSource {
  const client = createClient({
    projectId: options.projectId,
    dataset: options.dataset,
    apiVersion: SANITY_API_VERSION,
    useCdn: false, // a build must see what was just published, not a cached copy
    perspective: options.perspective,
    token: options.token,
    ...(options.apiHost ? { apiHost: options.apiHost, useProjectHostname: false } : {}),
    // The client retries only some failures; retries are done below, the same way for all.
    maxRetries: 0,
    timeout: options.timeoutMs ?? 60_000,
    stega: options.stega ?? false,
  })
  const maxRetries = options.maxRetries ?? 4
  const where = `${options.apiHost ?? 'Sanity'} project ${options.projectId}, dataset ${options.dataset}`
  const fail = (why: string, cause?: unknown) =>
    new SourceError(`The Content Lake (${where}) could not answer a query: ${why}`, { cause })

  return {
    description: `Sanity Content Lake (${where}, perspective ${options.perspective})`,
    images: { kind: 'sanity-cdn', projectId: options.projectId, dataset: options.dataset },
    // A build checks what the dataset shows readers without a token; the preview reads drafts and skips it.
    preflight:
      options.perspective === 'published' && !options.stega
        ? () => checkDatasetPrivacy(openSanity({ ...options, token: undefined }), options.projectId, options.dataset)
        : undefined,
    async fetch(query, params = {}) {
      for (let attempt = 0; ; attempt++) {
        let response: unknown
        try {
          response = await client.fetch(query, params, { filterResponse: false })
        } catch (error) {
          if (attempt < maxRetries && isTransient(error)) {
            await sleep(Math.min(250 * 2 ** attempt, 5_000))
            continue
          }
          throw fail(describe(error), error)
        }
        if (!response || typeof response !== 'object' || !('result' in response)) {
          throw fail('the answer was not the JSON the Content Lake sends (no "result")')
        }
        return (response as { result: unknown }).result
      }
    },
  }
}

function isTransient(error: unknown): boolean {
  const e = error as { statusCode?: number; code?: string; name?: string }
  if (e?.statusCode) return TRANSIENT_STATUS.has(e.statusCode)
  return true // no status: a network error, a reset or a timeout
}

function describe(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { statusCode?: number; message?: string; code?: string }
    if (e.statusCode) return `HTTP ${e.statusCode}: ${e.message ?? 'no message'}`
    if (e.code) return `${e.code}: ${e.message ?? ''}`
    if (e.message) return e.message
  }
  return String(error)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
