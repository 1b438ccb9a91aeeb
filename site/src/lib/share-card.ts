/**
 * A page's share image (og:image), described as text: pages say what their card
 * shows, the head names the image by a hash of that text, and the build draws
 * every card named (site/scripts/share-images.ts). The same text gives the same
 * file name, so an unchanged card is never drawn again.
 */
import { createHash } from 'node:crypto'
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

export function shareCardHash(card: ShareCard): string {
  return createHash('sha256').update(JSON.stringify([SHARE_CARD_DESIGN, card])).digest('hex').slice(0, 20)
}

export const shareImagePath = (card: ShareCard): string => `/og/${shareCardHash(card)}.png`

/** The card as one sentence, for og:image:alt. */
export function shareCardAlt(card: ShareCard): string {
  const parts = [card.title, ...(card.lines ?? []), ...(card.statuses ?? []).map((s) => `${s.label}: ${s.value}`)]
  return parts.join('. ').replace(/\.\./g, '.')
}

const REGISTRY = Symbol.for('campaign-platform.share-cards')
type Registry = { [REGISTRY]?: Map<string, ShareCard> }

/** Records a card a page uses; the build draws each once after Astro has rendered the pages. */
export function registerShareCard(card: ShareCard): string {
  const cards = ((globalThis as Registry)[REGISTRY] ??= new Map())
  const path = shareImagePath(card)
  cards.set(path, card)
  return path
}

export function registeredShareCards(): Map<string, ShareCard> {
  return (globalThis as Registry)[REGISTRY] ?? new Map()
}

export const askCard = (ask: Ask, footer: string): ShareCard => ({
  eyebrow: ask.outcome ? 'Our ask: won' : 'Our ask',
  title: ask.title,
  statuses: ask.progress.map((p) => ({ label: p.nation.name, status: p.status, value: p.statusLabel })),
  footer,
})

export const updateCard = (update: Update, footer: string): ShareCard => ({
  eyebrow: update.kindLabel,
  title: update.title,
  lines: [longDate(update.publishedAt)],
  footer,
})
