import { fileURLToPath } from 'node:url'
import { SourceError } from '../problems.ts'
import { openDatasetFile } from './dataset-file.ts'
import { openSanity } from './sanity.ts'
import type { ContentSource } from './types.ts'

export type { ContentSource, ImageOrigin } from './types.ts'

/**
 * The demo campaign the repository ships, so a fresh clone builds with no account and no network.
 * Empty in the hosted preview's Worker, which has no files and always reads the Content Lake.
 */
export const DEMO_DATASET = demoFile('data.ndjson')

function demoFile(name: string): string {
  try {
    return fileURLToPath(new URL(`../../../../studio/seed/demo/${name}`, import.meta.url))
  } catch {
    return ''
  }
}

/**
 * The demo petition's signatures by nation, region and constituency: sample figures in the
 * petition platforms' JSON format, stored beside the demo dataset so the pages by place show
 * in an offline build (studio/seed/content/petition-breakdown.ts writes it).
 */
export const DEMO_PETITION_BREAKDOWN = demoFile('petition-breakdown.json')

/** The stored breakdown that goes with the source openSource picks: only the bundled demo has one. */
export function storedPetitionBreakdown(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.DATASET_FILE || env.SANITY_PROJECT_ID ? undefined : DEMO_PETITION_BREAKDOWN
}

/**
 * Picks the source from the environment: a dataset file wins, then a Sanity project,
 * then the bundled demo dataset.
 */
export function openSource(env: NodeJS.ProcessEnv = process.env): ContentSource {
  if (env.DATASET_FILE) return openDatasetFile(env.DATASET_FILE)
  if (env.SANITY_PROJECT_ID) {
    const perspective = env.SANITY_PERSPECTIVE ?? 'published'
    if (perspective !== 'published' && perspective !== 'drafts') {
      throw new SourceError(`SANITY_PERSPECTIVE must be "published" or "drafts", not "${perspective}"`)
    }
    if (perspective === 'drafts' && !env.SANITY_API_READ_TOKEN) {
      throw new SourceError('SANITY_PERSPECTIVE=drafts needs SANITY_API_READ_TOKEN (a Viewer token) to read drafts')
    }
    return openSanity({
      projectId: env.SANITY_PROJECT_ID,
      dataset: env.SANITY_DATASET || 'production',
      perspective,
      token: env.SANITY_API_READ_TOKEN || undefined,
      apiHost: env.SANITY_API_HOST || undefined,
    })
  }
  return openDatasetFile(DEMO_DATASET)
}
