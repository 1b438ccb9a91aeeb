import { loadContent } from './load.ts'
import type { SiteContent } from './model.ts'
import { openSource, storedPetitionBreakdown } from './source/index.ts'
import { DEFAULT_LANGUAGE, asLanguage } from '../i18n/index.ts'

export type * from './model.ts'
export { ContentError, SourceError, formatProblem } from './problems.ts'
export { loadContent } from './load.ts'
export { openSource } from './source/index.ts'

/** Used when SITE_URL is unset; a real deploy always sets it, since feeds and canonical URLs depend on it. */
export const DEFAULT_SITE_URL = 'https://secondary-voices.example.org'

/** SITE_URL as a URL with a trailing slash, so `new URL(path, siteUrl)` keeps any base path. */
export function siteUrlFrom(env: NodeJS.ProcessEnv = process.env): URL {
  const value = env.SITE_URL || DEFAULT_SITE_URL
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://campaign.example.org, not "${value}"`)
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/'
  return url
}

/** The build's clock. CAMPAIGN_NOW moves it, so tests (and a preview of next week) can see scheduled content. */
export function buildClock(env: NodeJS.ProcessEnv = process.env): Date {
  if (!env.CAMPAIGN_NOW) return new Date()
  const now = new Date(env.CAMPAIGN_NOW)
  if (Number.isNaN(now.getTime())) throw new Error(`CAMPAIGN_NOW must be an ISO date-time, not "${env.CAMPAIGN_NOW}"`)
  return now
}

/** How content is loaded, when a layer above this one (the drafts preview) takes over from the build's. */
export type ContentLoader = () => Promise<SiteContent>

// On globalThis: the build script, Astro's dev server and every page's copy of this
// module are separate module instances in one process.
const CACHE = Symbol.for('campaign-platform.content')
const LOADER = Symbol.for('campaign-platform.content-loader')
type Door = { [CACHE]?: Promise<SiteContent>; [LOADER]?: ContentLoader }

/**
 * Puts another loader behind the door for the rest of the process. Only the drafts
 * preview's dev server does this (src/preview/integration.ts); a build never does,
 * so nothing in this layer knows the preview exists.
 */
export function installContentLoader(loader: ContentLoader | undefined): void {
  ;(globalThis as Door)[LOADER] = loader
}

/**
 * The one door pages and feeds use. Loaded once per process: the build script loads
 * it before Astro starts, and every page's copy of this module finds it here.
 * `language` picks the edition ("cy" for pages under /cy/); English by default.
 */
export async function getContent(language: string | undefined = DEFAULT_LANGUAGE): Promise<SiteContent> {
  return (await allContent()).edition(asLanguage(language))
}

function allContent(): Promise<SiteContent> {
  const door = globalThis as Door
  const loader = door[LOADER]
  if (loader) return loader()
  return (door[CACHE] ??= loadContent({
    source: openSource(),
    now: buildClock(),
    siteUrl: siteUrlFrom(),
    petitionDataUrl: process.env.PETITION_DATA_URL,
    storedPetitionBreakdown: storedPetitionBreakdown(),
  }))
}
