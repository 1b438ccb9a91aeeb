// The other direction: which document a page of the preview is "about", so the
// Presentation tool opens it beside the page. Routes match with or without the
// trailing slash the site uses.
import type { DocumentResolver } from 'sanity/presentation'

/** A page found by its slug: the same `slug.current` the site's queries read. */
const bySlug = (type: string) => `_type == "${type}" && slug.current == $slug`

export const mainDocuments: DocumentResolver[] = [
  // The campaign singleton's fixed id (schemas/src/singletons/ids.ts).
  { route: '/', filter: `_id == "campaign"` },
  { route: '/updates/:slug', filter: bySlug('update') },
  { route: '/asks/:slug', filter: bySlug('ask') },
  { route: '/stories/:slug', filter: bySlug('story') },
  { route: '/nations/:slug', filter: bySlug('nation') },
]
