/**
 * Where support comes from: the petition's signatures by nation, region and constituency,
 * as pages show them. Everything here is empty when the platform gave no breakdown, and
 * the pages then leave these parts out.
 */
import type { ConstituencyCount, Nation, NationKey, SignatureBreakdown, SiteContent } from '../content/index.ts'
import { dictionary, localPath, type Language } from '../i18n/index.ts'

export type ConstituencyOrder = 'name' | 'count'

export interface NationSupport {
  key: NationKey
  /** The nation's name in the page's language. */
  name: string
  signatures: number
  /** The nation's own page, when the campaign has one. */
  nation: Nation | null
}

export const breakdownOf = (content: Pick<SiteContent, 'campaign'>): SignatureBreakdown | null => content.campaign.petition?.breakdown ?? null

/** A nation document's slug in English, where the four nations are known by name (a Welsh version has its own slug). */
export function englishSlugOf(nation: Nation): string {
  if (nation.language === 'en') return nation.slug
  return nation.alternates.find((a) => a.language === 'en')?.path.split('/').at(-2) ?? nation.slug
}

/** Each nation's count, England first, with its page. */
export function nationSupport(content: Pick<SiteContent, 'campaign' | 'nations' | 'language'>): NationSupport[] {
  const names = dictionary(content.language).support.nationNames
  return (breakdownOf(content)?.nations ?? []).map(({ nation: key, signatures }) => ({
    key,
    name: names[key] ?? key,
    signatures,
    nation: content.nations.find((n) => englishSlugOf(n) === key) ?? null,
  }))
}

/** The constituencies in a reader's chosen order: by name, or most signatures first (then by name). */
export function constituenciesBy(order: ConstituencyOrder, constituencies: readonly ConstituencyCount[]): ConstituencyCount[] {
  const byName = (a: ConstituencyCount, b: ConstituencyCount) => a.name.localeCompare(b.name, 'en-GB')
  return [...constituencies].sort(order === 'name' ? byName : (a, b) => b.signatures - a.signatures || byName(a, b))
}

/** The page for each order: /petition/ by name, /petition/by-count/ most first. */
export const ORDER_PATHS: Record<ConstituencyOrder, string> = { name: '/petition/', count: '/petition/by-count/' }
export const orderPath = (language: Language, order: ConstituencyOrder) => localPath(language, ORDER_PATHS[order])

/** The pages by place (src/pages/petition/[...order].astro): none at all without a breakdown. */
export const petitionPaths = (content: SiteContent) =>
  breakdownOf(content)
    ? [
        { params: { order: undefined }, props: { order: 'name' as ConstituencyOrder } },
        { params: { order: 'by-count' }, props: { order: 'count' as ConstituencyOrder } },
      ]
    : []
