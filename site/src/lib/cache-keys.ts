/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild): a page
 * whose key and code are unchanged since the last build is copied from Astro's
 * cache instead of being rendered again.
 *
 * A key must change whenever anything the page shows changes. So it covers the
 * page's own props AND what every page's frame shows (the header, footer and head
 * read settings and the campaign; images depend on where they are served from).
 * A page that reads more of the content than its props and that frame (a nation
 * page reads milestones, the home page the petition and the clock) gets no key and
 * is rendered every time: only pages that exist once per update or story need one.
 * What a page shows that depends on the build's clock (an "over a year old" notice)
 * belongs in `shown` too.
 */
import { createHash } from 'node:crypto'
import type { SiteContent } from '../content/index.ts'
import { registerShareCard, siteCard, type ShareCard } from './share-card.ts'

const digests = new WeakMap<object, string>()

/** A digest of a value's JSON; remembered per object, so a list page reuses its updates' digests. */
export function digestOf(value: unknown): string {
  if (value === null || typeof value !== 'object') return hash(JSON.stringify(value) ?? 'undefined')
  let digest = digests.get(value)
  if (digest === undefined) {
    digest = Array.isArray(value) ? hash(value.map(digestOf).join(',')) : hash(JSON.stringify(value))
    digests.set(value, digest)
  }
  return digest
}

const hash = (text: string): string => createHash('sha256').update(text).digest('base64url')

const frames = new WeakMap<SiteContent, string>()

/** What every page's frame shows, whatever the page is about. */
function frameKey(content: SiteContent): string {
  const known = frames.get(content)
  if (known) return known
  const origin = content.imageOrigin
  const key = digestOf({
    // The language decides the frame's words, and the languages whether it has a switch.
    language: content.language,
    languages: content.languages,
    settings: content.settings,
    // Not the petition count: only the home page shows it (and has no key), and a
    // count that moves every hour must not make every update page again.
    campaign: { ...content.campaign, petition: content.campaign.petition && { ...content.campaign.petition, count: null } },
    images: origin.kind === 'sanity-cdn' ? [origin.kind, origin.projectId, origin.dataset] : [origin.kind],
  })
  frames.set(content, key)
  return key
}

/**
 * The cache key of a page that shows `shown` (its update, its story, its list of
 * updates) inside the site's frame, with `card` as its share image. A page copied
 * from the cache is not rendered, so its card is registered here, where every
 * build passes, for the build to draw (site/scripts/share-images.ts). Which image
 * the page names (its own, or the site's while its own waits for a build with
 * drawing budget left) is part of the key, so the page is made again once its own
 * image exists.
 */
export function pageCacheKey(content: SiteContent, shown: unknown, card: ShareCard): string {
  const image = registerShareCard(card, siteCard(content.settings, content.language))
  return hash(`${frameKey(content)}:${digestOf(shown)}:${image}`)
}
