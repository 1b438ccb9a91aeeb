import { z } from 'zod'
import type { ConstituencyCount, NationKey, PlaceCount, SignatureBreakdown } from './model.ts'

/**
 * Where a petition's signatures come from, read from the platform's petition JSON.
 *
 * The shapes, as the platforms' own code writes them (app/views/petitions/_petition.json.jbuilder
 * in alphagov/e-petitions, which runs petition.parliament.uk, and in SeneddCymru/e-petitions,
 * which runs petitions.senedd.wales), all under `data.attributes` and only on a published
 * petition's page (a rejected one has none of them):
 * - UK Parliament: `signatures_by_country` [{ name, code, signature_count }],
 *   `signatures_by_region` [{ name, ons_code, signature_count }] (England's nine regions and
 *   Scotland, Wales and Northern Ireland; ons_code is the old ONS region letter, A–K for
 *   England, L Wales, M Scotland, N Northern Ireland: spec/fixtures/regions.yml there),
 *   `signatures_by_constituency` [{ name, ons_code, mp, signature_count }] (mp is null while
 *   there is no MP, between a dissolution and the new Parliament).
 * - Senedd: `signatures_by_country` as above, `signatures_by_region` [{ id, name, signature_count }]
 *   (the Senedd's electoral regions) and `signatures_by_constituency` [{ id, name, signature_count }]
 *   (Senedd constituencies, no member named): all in Wales.
 */

const count = z.number().int().nonnegative()
const name = z.string().trim().min(1)
const code = z.string().trim().min(1).nullish()
const country = z.object({ name, code, signature_count: count })
// One schema for both platforms' places: UK Parliament's carry ons_code (and mp), the Senedd's id.
const place = z.object({ name, ons_code: code, id: z.union([z.string(), z.number()]).nullish(), mp: z.string().nullish(), signature_count: count })
type Place = z.infer<typeof place>

const breakdownSchema = z.object({
  signatures_by_country: z.array(country).nullish(),
  signatures_by_region: z.array(place).nullish(),
  signatures_by_constituency: z.array(place).nullish(),
})

export const NATION_ORDER: readonly NationKey[] = ['england', 'scotland', 'wales', 'northern-ireland']

/** The platform's region letters (and GSS codes, should it move to them) for the three nations that are regions of their own. */
const REGION_NATIONS: Record<string, NationKey> = { L: 'wales', M: 'scotland', N: 'northern-ireland', W92000004: 'wales', S92000003: 'scotland', N92000002: 'northern-ireland' }
const NATION_NAMES: Record<string, NationKey> = { wales: 'wales', scotland: 'scotland', 'northern ireland': 'northern-ireland' }
/** A constituency's ONS code starts with its nation's letter (E14…, S14…, W07…, N06…). */
const CODE_LETTERS: Record<string, NationKey> = { E: 'england', S: 'scotland', W: 'wales', N: 'northern-ireland' }

export type BreakdownResult = { breakdown: SignatureBreakdown } | { breakdown: null; why: string }

/**
 * The breakdown in `attributes`, or why there is none. England is the sum of the English
 * regions; Scotland, Wales and Northern Ireland are regions of their own. A Senedd
 * petition's places are all in Wales.
 */
export function breakdownFrom(attributes: unknown, counted: { countedAt: string; countedBy: string | null }): BreakdownResult {
  const parsed = breakdownSchema.safeParse(attributes)
  if (!parsed.success) return { breakdown: null, why: 'its signatures by place are not in the e-petitions shape' }
  const { signatures_by_country: countries, signatures_by_region: regionList, signatures_by_constituency: constituencyList } = parsed.data
  const regions = regionList ?? []
  const constituencies = constituencyList ?? []
  if (!regions.length && !constituencies.length) return { breakdown: null, why: 'it gives no signatures by region or constituency (a rejected petition has none)' }

  // The Senedd's places have an id and no ONS code.
  const senedd = [...constituencies, ...regions].some((p) => p.id !== null && p.id !== undefined && p.ons_code === undefined)
  const placeCode = (p: Place) => (p.ons_code ?? (p.id === null || p.id === undefined ? null : String(p.id))) || null

  const regionCounts: PlaceCount[] = regions.map((r) => ({
    name: r.name,
    code: placeCode(r),
    nation: senedd ? 'wales' : regionNation(r.name, placeCode(r)),
    signatures: r.signature_count,
  }))
  const constituencyCounts: ConstituencyCount[] = constituencies
    .map((c) => ({
      name: c.name,
      code: placeCode(c),
      nation: senedd ? ('wales' as const) : (CODE_LETTERS[placeCode(c)?.[0] ?? ''] ?? null),
      mp: senedd ? null : c.mp?.trim() || null,
      signatures: c.signature_count,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))

  // Nations from the regions when the platform gives them, else from the constituencies.
  const totals = new Map<NationKey, number>()
  for (const place of regionCounts.length ? regionCounts : constituencyCounts) {
    if (place.nation) totals.set(place.nation, (totals.get(place.nation) ?? 0) + place.signatures)
  }
  const outsideUk = countries ? countries.filter((c) => c.code !== 'GB').reduce((sum, c) => sum + c.signature_count, 0) : null

  return {
    breakdown: {
      ...counted,
      constituencyKind: senedd ? 'senedd' : 'westminster',
      nations: NATION_ORDER.filter((n) => totals.has(n)).map((nation) => ({ nation, signatures: totals.get(nation)! })),
      regions: regionCounts,
      constituencies: constituencyCounts,
      outsideUk,
    },
  }
}

/** Every region that is not Scotland, Wales or Northern Ireland is one of England's. */
function regionNation(name: string, code: string | null): NationKey {
  return REGION_NATIONS[code ?? ''] ?? NATION_NAMES[name.toLowerCase()] ?? 'england'
}
