/**
 * A page's share image (og:image), described as text: pages say what their card
 * shows, the head names the image by a hash of that text, and the build draws
 * every card named (site/scripts/share-images.ts). The same text gives the same
 * file name, so an unchanged card is never drawn again.
 */
import { createHash } from 'node:crypto'
import { stegaClean } from '@sanity/client/stega'
import { dictionary, type Language } from '../i18n/index.ts'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Ask, Update } from '../content/index.ts'
import { longDate } from './dates.ts'

export interface ShareCard {
  /** Small line above the title: the site, or the kind of page. */
  eyebrow: string
  title: string
  /** Up to a few short lines under the title. */
  lines?: string[]
  /** Label and status pairs, e.g. the four nations of an ask. */
  statuses?: { label: string; status: string; value: string }[]
  /** Closing line, e.g. the site's name. */
  footer: string
}

/** Bump when the drawing changes, so every card is drawn afresh once. */
export const SHARE_CARD_DESIGN = 1
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const

/** Named by the text a reader sees: in the drafts preview that text also carries invisible edit links (stega). */
export function shareCardHash(card: ShareCard): string {
  return createHash('sha256').update(JSON.stringify([SHARE_CARD_DESIGN, stegaClean(card)])).digest('hex').slice(0, 20)
}

export const shareImagePath = (card: ShareCard): string => `/og/${shareCardHash(card)}.png`

/** The card as one sentence, for og:image:alt. */
export function shareCardAlt(card: ShareCard): string {
  const parts = [card.title, ...(card.lines ?? []), ...(card.statuses ?? []).map((s) => `${s.label}: ${s.value}`)]
  return parts.join('. ').replace(/\.\./g, '.')
}

/** Where drawn images are kept between builds: set by the build (site/scripts/share-images.ts), or SHARE_IMAGE_CACHE. */
const cached = (env: NodeJS.ProcessEnv, path: string) => Boolean(env.SHARE_IMAGE_CACHE) && existsSync(join(env.SHARE_IMAGE_CACHE!, path.slice('/og/'.length)))

/** New images one build may draw (50-150 ms each on a 2-core machine, so a cold build gains seconds, not minutes); SHARE_IMAGE_BUDGET changes it. */
export const DEFAULT_SHARE_IMAGE_BUDGET = 60

const REGISTRY = Symbol.for('campaign-platform.share-cards')
type Registry = { [REGISTRY]?: { cards: Map<string, ShareCard>; toDraw: number } }

/**
 * Records the card a page uses and gives the image's path; the build draws each
 * card once, after Astro has rendered the pages. A card already in the cache
 * costs nothing; new ones are drawn up to the budget, so a first build of a
 * campaign with thousands of updates does not take an hour. Past the budget a
 * page shares the site's card (`fallback`) until a later build draws its own.
 */
export function registerShareCard(card: ShareCard, fallback: ShareCard, env: NodeJS.ProcessEnv = process.env): string {
  const registry = ((globalThis as Registry)[REGISTRY] ??= { cards: new Map(), toDraw: 0 })
  const take = (c: ShareCard) => {
    const path = shareImagePath(c)
    if (!registry.cards.has(path)) {
      if (!cached(env, path)) registry.toDraw++
      registry.cards.set(path, c)
    }
    return path
  }
  const path = shareImagePath(card)
  const budget = Number(env.SHARE_IMAGE_BUDGET ?? DEFAULT_SHARE_IMAGE_BUDGET)
  const affordable = registry.cards.has(path) || registry.toDraw < budget || cached(env, path)
  return affordable ? take(card) : take(fallback)
}

export function registeredShareCards(): Map<string, ShareCard> {
  return (globalThis as Registry)[REGISTRY]?.cards ?? new Map()
}

/** The site's own card: what a page shares until a build can afford to draw its own. */
export const siteCard = (settings: { title: string; organisationName: string; description: string }, language: Language = 'en'): ShareCard => ({
  eyebrow: settings.organisationName,
  title: settings.title,
  lines: [settings.description],
  footer: dictionary(language).petition.addYourVoice,
})

/** The card of a page that names none: its title and the site's name. */
export const pageCard = (title: string, settings: { title: string; organisationName: string }): ShareCard => ({
  eyebrow: settings.title,
  title,
  footer: settings.organisationName,
})

export const askCard = (ask: Ask, footer: string): ShareCard => ({
  eyebrow: ask.outcome ? dictionary(ask.language).asks.cardWon : dictionary(ask.language).asks.card,
  title: ask.title,
  statuses: ask.progress.map((p) => ({ label: p.nation.name, status: p.status, value: p.statusLabel })),
  footer,
})

export const updateCard = (update: Update, footer: string): ShareCard => ({
  eyebrow: update.kindLabel,
  title: update.title,
  lines: [longDate(update.publishedAt, update.language)],
  footer,
})
