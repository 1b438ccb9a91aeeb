// The drafts preview: `npm run preview:drafts` runs Astro's dev server reading
// drafts from the Content Lake, re-read on every page request, with Sanity's
// click-to-edit overlays. Nothing here is ever part of the static build.

/** Set by the preview launcher (start.ts); the static build never looks at it. */
export const PREVIEW_FLAG = 'CAMPAIGN_PREVIEW'

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
 * True only inside the preview's dev server. `dev` is Vite's import.meta.env.DEV:
 * false in `astro build`, and undefined when the build script runs in plain Node,
 * so a stray CAMPAIGN_PREVIEW can never put edit links into the public site.
 */
export function isPreview(env: NodeJS.ProcessEnv, dev: boolean | undefined): boolean {
  return dev === true && env[PREVIEW_FLAG] === 'drafts'
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
