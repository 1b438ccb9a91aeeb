import { createClient, type ClientPerspective } from '@sanity/client'
import { SourceError } from '../problems.ts'
import type { ContentSource } from './types.ts'

/** Pinned so a change in the Content Lake's API never changes a build silently. */
export const SANITY_API_VERSION = '2025-02-19'

export interface SanitySourceOptions {
  projectId: string
  dataset: string
  /** Only for the drafts preview; a public build reads published content without a token. */
  token?: string
  perspective: Extract<ClientPerspective, 'published' | 'drafts'>
  /** Another API host, e.g. a stub Content Lake on 127.0.0.1 in tests. */
  apiHost?: string
  maxRetries?: number
  timeoutMs?: number
}

/** The Content Lake through @sanity/client, which retries transient failures (429, 5xx, network) itself. */
export function openSanity(options: SanitySourceOptions): ContentSource {
  const client = createClient({
    projectId: options.projectId,
    dataset: options.dataset,
    apiVersion: SANITY_API_VERSION,
    useCdn: false, // a build must see what was just published, not a cached copy
    perspective: options.perspective,
    token: options.token,
    ...(options.apiHost ? { apiHost: options.apiHost, useProjectHostname: false } : {}),
    maxRetries: options.maxRetries ?? 4,
    retryDelay: (attempt) => Math.min(200 * 2 ** attempt, 5_000),
    timeout: options.timeoutMs ?? 60_000,
  })
  const where = `${options.apiHost ?? 'Sanity'} project ${options.projectId}, dataset ${options.dataset}`
  return {
    description: `Sanity Content Lake (${where}, perspective ${options.perspective})`,
    images: { kind: 'sanity-cdn', projectId: options.projectId, dataset: options.dataset },
    async fetch(query, params = {}) {
      try {
        return await client.fetch(query, params, { filterResponse: true })
      } catch (error) {
        throw new SourceError(`The Content Lake (${where}) could not answer a query: ${describe(error)}`, {
          cause: error,
        })
      }
    },
  }
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
