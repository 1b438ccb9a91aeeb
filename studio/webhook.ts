// The Sanity webhook that rebuilds the site when something is published: it asks
// GitHub to run .github/workflows/deploy.yml through the workflow_dispatch API.
// Set up once at sanity.io/manage → API → Webhooks (the README has the steps);
// these are the values to paste, kept here so a test can check them.
//
// Why workflow_dispatch, not repository_dispatch: GitHub lets a fine-grained token
// send a repository_dispatch only with *Contents: write*, which can also push code to
// main. Running a workflow needs only *Actions: write*, which cannot change a file.
// The token sits in Sanity's webhook settings, which every Administrator can read.

/** The workflow the webhook runs (its file name under .github/workflows/). */
export const DEPLOY_WORKFLOW = 'deploy.yml'

/** The branch the workflow runs on: the live site is always built from it. */
export const DEPLOY_BRANCH = 'main'

/** The workflow's `trigger` input for a publish: the deploy takes its content-event path. */
export const PUBLISH_EVENT_TYPE = 'sanity-publish'

/** The one permission the webhook's GitHub token needs, as GitHub's token page names it. */
export const LEAST_PERMISSION = { repository: 'this repository only', permission: 'Actions', access: 'Read and write' } as const

/**
 * Every type whose published change shows on the site; `translation.metadata` links
 * a Welsh version to its English one (the pages' language switch and hreflang).
 */
export const PUBLISHED_TYPES = ['update', 'ask', 'story', 'milestone', 'nation', 'campaign', 'siteSettings', 'translation.metadata'] as const

/** Published documents only: a draft or a release version never changes the live site. */
export const webhookFilter = `_type in ${JSON.stringify(PUBLISHED_TYPES).replaceAll(',', ', ')} && !(_id in path("drafts.**")) && !(_id in path("versions.**"))`

/**
 * The body GitHub's "create a workflow dispatch event" API expects: the branch, and
 * the workflow's inputs (strings only; every one the workflow declares, no other).
 */
export const webhookProjection = `{"ref": "${DEPLOY_BRANCH}", "inputs": {"trigger": "${PUBLISH_EVENT_TYPE}", "document": _type + " " + _id}}`

/** The rest of the webhook's settings. */
export const webhookSettings = {
  name: 'Rebuild the site on publish',
  url: `https://api.github.com/repos/<owner>/<repo>/actions/workflows/${DEPLOY_WORKFLOW}/dispatches`,
  httpMethod: 'POST',
  apiVersion: 'v2025-02-19',
  triggerOn: ['create', 'update', 'delete'],
  headers: {
    Authorization: `Bearer <a fine-grained GitHub token: ${LEAST_PERMISSION.repository}, ${LEAST_PERMISSION.permission} ${LEAST_PERMISSION.access.toLowerCase()}, nothing else>`,
    Accept: 'application/vnd.github+json',
  },
} as const
