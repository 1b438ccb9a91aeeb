// The drafts preview: `npm run preview:drafts` runs Astro's dev server reading
// drafts from the Content Lake, re-read on every page request, with Sanity's
// click-to-edit overlays. Nothing here is ever part of the static build.

/** Where the Studio runs, for the edit links hidden in preview text (the Presentation tool answers them). */
export const DEFAULT_STUDIO_URL = 'http://localhost:3333'

export interface PreviewSettings {
  projectId: string
  dataset: string
  token: string
  apiHost: string | undefined
  studioUrl: string
}

/**
 * What the preview shows: everyone's drafts, unless the Studio's Presentation tool
 * asks for another perspective ("published", or a release stack such as
 * "rAprilData,drafts"), which it puts in the `sanity-preview-perspective` parameter
 * of the page it opens.
 */
export type PreviewPerspective = 'drafts' | 'published' | string[]

/** The page parameter (and cookie) that carries the Presentation tool's perspective. */
export const PERSPECTIVE_PARAM = 'sanity-preview-perspective'

const RELEASE_NAME = /^[A-Za-z0-9_-]{1,64}$/

/** The perspective a page request asks for; drafts when it asks for none or for something unknown. */
export function previewPerspective(value: string | null | undefined): PreviewPerspective {
  const names = (value ?? '').split(',').map((name) => name.trim()).filter(Boolean)
  if (names.length === 0 || !names.every((name) => RELEASE_NAME.test(name))) return 'drafts'
  if (names.length === 1 && (names[0] === 'published' || names[0] === 'drafts')) return names[0]
  // A release stack, e.g. ["rAprilData", "drafts"]; "raw" would show every version at once.
  return names.includes('raw') ? 'drafts' : names
}

/** The preview's settings, or an error that says exactly what to set. */
export function previewSettings(env: NodeJS.ProcessEnv): PreviewSettings {
  const missing = [
    !env.SANITY_PROJECT_ID && 'SANITY_PROJECT_ID (your Sanity project id)',
    !env.SANITY_API_READ_TOKEN && 'SANITY_API_READ_TOKEN (a Viewer token from sanity.io/manage → API → Tokens; drafts are private)',
  ].filter(Boolean)
  if (missing.length) {
    throw new Error(`The drafts preview needs ${missing.join(' and ')}. Set ${missing.length > 1 ? 'them' : 'it'} in the environment, then run npm run preview:drafts again.`)
  }
  if (env.DATASET_FILE) {
    throw new Error('The drafts preview reads the Sanity project, not a dataset file: unset DATASET_FILE.')
  }
  return {
    projectId: env.SANITY_PROJECT_ID!,
    dataset: env.SANITY_DATASET || 'production',
    token: env.SANITY_API_READ_TOKEN!,
    apiHost: env.SANITY_API_HOST || undefined,
    studioUrl: (env.SANITY_STUDIO_URL || DEFAULT_STUDIO_URL).replace(/\/+$/, ''),
  }
}
