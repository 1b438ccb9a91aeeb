import { loadContent } from '../content/load.ts'
import type { SiteContent } from '../content/model.ts'
import { openSanity } from '../content/source/sanity.ts'
import { previewSettings, type PreviewPerspective } from './settings.ts'
import { stegaConfig } from './stega.ts'
import { restoreStega, withoutStega } from './stega-split.ts'

export interface PreviewLoadOptions {
  env: NodeJS.ProcessEnv
  now: Date
  siteUrl: URL
  /** What the Studio's Presentation tool asked to see; drafts by default. */
  perspective?: PreviewPerspective
}

/**
 * The preview's content: drafts (or the perspective the Studio asked for) from the
 * Content Lake, checked exactly as a build checks them, with edit links in the text
 * readers see.
 */
export async function loadPreviewContent({ env, now, siteUrl, perspective = 'drafts' }: PreviewLoadOptions): Promise<SiteContent> {
  const settings = previewSettings(env)
  const lake = openSanity({
    projectId: settings.projectId,
    dataset: settings.dataset,
    perspective,
    token: settings.token,
    apiHost: settings.apiHost,
    stega: stegaConfig(settings.studioUrl),
    maxRetries: 1, // an editor is waiting
  })
  const { source, encodings } = withoutStega(lake)
  const content = await loadContent({ source, now, siteUrl })
  // Each language's edition holds its own copies of the text.
  for (const language of content.languages) restoreStega(content.edition(language), encodings)
  return content
}

/**
 * What the dataset is now, in one small query: how many documents (every version,
 * drafts and releases too) and the revision of the one changed last. Any save,
 * publish, discard or delete changes it, so content read under the same stamp is
 * still what the Content Lake holds.
 */
export async function datasetStamp(env: NodeJS.ProcessEnv): Promise<string> {
  const settings = previewSettings(env)
  const lake = openSanity({ projectId: settings.projectId, dataset: settings.dataset, perspective: 'raw', token: settings.token, apiHost: settings.apiHost, maxRetries: 1 })
  return JSON.stringify(await lake.fetch(DATASET_STAMP))
}

const DATASET_STAMP = `{"documents": count(*), "changed": *[defined(_updatedAt)] | order(_updatedAt desc, _id asc)[0]{_id, _rev}}`
