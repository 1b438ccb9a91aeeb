/**
 * The pages each kind of document gets, in every language the site is built in.
 * English routes (src/pages/…) take the English edition; the Welsh routes
 * (src/pages/[lang]/…) take each other edition, adding its `lang` parameter.
 * A page is made only for a document in its own language: an untranslated
 * document appears in Welsh lists, but links to its English page.
 */
import { UPDATES_PER_PAGE } from '../consts.ts'
import { getContent, type SiteContent } from '../content/index.ts'
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages.ts'
import { isOverAYearOld } from './age.ts'
import { pageCacheKey } from './cache-keys.ts'
import { pagesOf, updateListTitle } from './pages.ts'
import { pageCard, updateCard } from './share-card.ts'

type Path<P> = { params: Record<string, string | undefined>; props: P; cacheKey?: string }

/**
 * A path whose cacheKey is worked out when it is read. Astro's static build reads
 * every path's key; a page rendered on request (the hosted preview) reads none, and
 * must not pay for a key per update, nor read every update's body to make them.
 */
function keyedWhenRead<P>({ cacheKey, ...path }: { params: Path<P>['params']; props: P; cacheKey: () => string | undefined }): Path<P> {
  return Object.defineProperty(path, 'cacheKey', { get: cacheKey, enumerable: true }) as Path<P>
}

const own = <T extends { language: Language }>(content: SiteContent, items: readonly T[]) => items.filter((i) => i.language === content.language)

export const askPaths = (content: SiteContent) =>
  content.asks.flatMap((ask, i) => (ask.language === content.language ? [{ params: { slug: ask.slug }, props: { ask, position: i + 1, of: content.asks.length } }] : []))

export const nationPaths = (content: SiteContent) => own(content, content.nations).map((nation) => ({ params: { slug: nation.slug }, props: { nation } }))

// cacheKey (Astro's incremental build, src/lib/cache-keys.ts): an unchanged update, story
// or update list page is copied from the last build, not rendered again.
export const updatePaths = (content: SiteContent) =>
  own(content, content.updates).map((update) => ({
    params: { slug: update.slug },
    props: { update },
    // Whether the page says it is over a year old depends on the clock.
    cacheKey: () => pageCacheKey(content, [update, isOverAYearOld(update.publishedAt, content.now)], updateCard(update, content.settings.title)),
  })).map(keyedWhenRead)

export const storyPaths = (content: SiteContent) =>
  own(content, content.stories).map((story) => ({
    params: { slug: story.slug },
    props: { story },
    cacheKey: () => pageCacheKey(content, story, pageCard(story.title, content.settings)),
  })).map(keyedWhenRead)

/** Page 1 of the updates list: /updates/ itself. */
export const firstUpdatesPage = (content: SiteContent) => {
  const pages = pagesOf(content.updates, UPDATES_PER_PAGE)
  return [{ params: {}, props: { updates: pages[0]!, current: 1, last: pages.length } }]
}

/** Pages 2 onwards of the updates list (page 1 is /updates/ itself). */
export const updateListPaths = (content: SiteContent) => {
  const pages = pagesOf(content.updates, UPDATES_PER_PAGE)
  return pages.slice(1).map((updates, i) => {
    const props = { updates, current: i + 2, last: pages.length }
    // A list page is rendered again only when one of its updates, or the page count, changes.
    const card = pageCard(updateListTitle(props.current, props.last, content.language), content.settings)
    return keyedWhenRead({ params: { page: String(i + 2) }, props, cacheKey: () => pageCacheKey(content, [updates, props.current, props.last], card) })
  })
}

/** The English edition's paths, for a route under src/pages/. */
export async function inEnglish<P>(paths: (content: SiteContent) => Path<P>[]): Promise<Path<P>[]> {
  return paths(await getContent(DEFAULT_LANGUAGE))
}

/** Every other edition's paths, for a route under src/pages/[lang]/; none when the site is English only. */
export async function inOtherLanguages<P>(paths: (content: SiteContent) => Path<P>[]): Promise<Path<P & { language: Language }>[]> {
  const english = await getContent(DEFAULT_LANGUAGE)
  return english.languages
    .filter((language) => language !== DEFAULT_LANGUAGE)
    .flatMap((language) =>
      paths(english.edition(language)).map((path) =>
        keyedWhenRead({ params: { lang: language, ...path.params }, props: { ...path.props, language }, cacheKey: () => path.cacheKey }),
      ),
    )
}

/** One page per other language, for a route with no document of its own (a list, the home page). */
export const languagePages = (_content: SiteContent): Path<Record<string, never>>[] => [{ params: {}, props: {} }]

/**
 * A route's props. Built statically, Astro gives them from getStaticPaths. Rendered on
 * request (the hosted preview), Astro calls no getStaticPaths, so the same paths are
 * made from this request's content and the one matching the address is used:
 * one set of routes for both. Undefined when no page has that address.
 */
export async function routeProps<P>(
  astro: { isPrerendered: boolean; props: Record<string, unknown>; params: Record<string, string | undefined> },
  paths: () => Promise<Path<P>[]>,
): Promise<P | undefined> {
  if (astro.isPrerendered) return astro.props as P
  const wanted = Object.entries(astro.params).filter(([, value]) => value !== undefined)
  const match = (await paths()).find(
    (path) => Object.keys(path.params).length === wanted.length && wanted.every(([name, value]) => path.params[name] === value),
  )
  return match?.props
}
