// The Sanity webhook that rebuilds the site when something is published: it
// sends GitHub a repository_dispatch event, which runs .github/workflows/deploy.yml.
// Set up once at sanity.io/manage → API → Webhooks (the README has the steps);
// these are the values to paste, kept here so a test can check them.

/** The event type the deploy workflow listens for (`on.repository_dispatch.types`). */
export const PUBLISH_EVENT_TYPE = 'sanity-publish'

/**
 * Every type whose published change shows on the site; `translation.metadata` links
 * a Welsh version to its English one (the pages' language switch and hreflang).
 */
export const PUBLISHED_TYPES = ['update', 'ask', 'story', 'milestone', 'nation', 'campaign', 'siteSettings', 'translation.metadata'] as const

/** Published documents only: a draft or a release version never changes the live site. */
export const webhookFilter = `_type in ${JSON.stringify(PUBLISHED_TYPES).replaceAll(',', ', ')} && !(_id in path("drafts.**")) && !(_id in path("versions.**"))`

/** The body GitHub's "create a repository dispatch event" API expects. */
export const webhookProjection = `{"event_type": "${PUBLISH_EVENT_TYPE}", "client_payload": {"_id": _id, "_type": _type}}`

/** The rest of the webhook's settings. */
export const webhookSettings = {
  name: 'Rebuild the site on publish',
  url: 'https://api.github.com/repos/<owner>/<repo>/dispatches',
  httpMethod: 'POST',
  apiVersion: 'v2025-02-19',
  triggerOn: ['create', 'update', 'delete'],
  headers: {
    Authorization: 'Bearer <a fine-grained GitHub token: this repository, Contents read and write>',
    Accept: 'application/vnd.github+json',
  },
} as const
