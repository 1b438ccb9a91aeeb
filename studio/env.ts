// Which Sanity project and dataset the Studio edits. Read in two places:
// the browser bundle (Vite replaces import.meta.env.SANITY_STUDIO_* at build
// time) and the sanity CLI in Node (process.env, after it loads any .env file).

const PLACEHOLDER_PROJECT_ID = 'not-configured'

const fromEnv = {
  projectId:
    import.meta.env?.SANITY_STUDIO_PROJECT_ID ??
    (typeof process === 'undefined' ? undefined : process.env.SANITY_STUDIO_PROJECT_ID),
  dataset:
    import.meta.env?.SANITY_STUDIO_DATASET ??
    (typeof process === 'undefined' ? undefined : process.env.SANITY_STUDIO_DATASET),
}

/** False when no project id is set: the Studio still builds, but can't load or save content. */
export const isConnected = Boolean(fromEnv.projectId)
export const projectId = fromEnv.projectId || PLACEHOLDER_PROJECT_ID
export const dataset = fromEnv.dataset || 'production'

export const notConnectedMessage =
  'SANITY_STUDIO_PROJECT_ID is not set, so this Studio is not connected to a Sanity project: ' +
  'it builds, but it cannot load or save content. Set SANITY_STUDIO_PROJECT_ID (and SANITY_STUDIO_DATASET ' +
  'if not "production") in the environment or in studio/.env, then run it again.'
