/**
 * Petition documents with signatures by place, as the platforms publish them
 * (content/petition-breakdown.ts names the source of each shape): a UK Parliament petition
 * with every one of 650 constituencies, a Senedd petition, and a rejected petition with none.
 */
import { parliamentPetition } from './petition-stub.ts'

/** How many constituencies each nation had in 2010–2024, and the first letters of their ONS codes. */
const NATIONS = [
  { nation: 'england', prefix: 'E14', seats: 533, regions: ['North East', 'North West', 'Yorkshire and The Humber', 'East Midlands', 'West Midlands', 'East of England', 'London', 'South East', 'South West'] },
  { nation: 'scotland', prefix: 'S14', seats: 59, regions: ['Scotland'] },
  { nation: 'wales', prefix: 'W07', seats: 40, regions: ['Wales'] },
  { nation: 'northern-ireland', prefix: 'N06', seats: 18, regions: ['Northern Ireland'] },
] as const
// The platform's region letters (alphagov/e-petitions, spec/fixtures/regions.yml): England's A–K, Wales L, Scotland M, Northern Ireland N.
const REGION_CODES: Record<string, string> = Object.fromEntries([...NATIONS[0].regions.map((name, i) => [name, 'ABDEFGHJK'[i]!]), ['Wales', 'L'], ['Scotland', 'M'], ['Northern Ireland', 'N']])

export interface PlaceFixture {
  document: ReturnType<typeof parliamentPetition>
  /** What a reader should be told. */
  expected: {
    nations: Record<string, number>
    regions: { name: string; signatures: number }[]
    constituencies: { name: string; code: string; nation: string; mp: string | null; signatures: number }[]
    outsideUk: number
  }
}

/**
 * A UK Parliament petition signed in all 650 constituencies. Every 50th constituency has no
 * MP (as between a dissolution and the new Parliament); counts differ, so the two orders differ.
 */
export function parliamentPetitionWithPlaces(): PlaceFixture {
  const constituencies: PlaceFixture['expected']['constituencies'] = []
  const regions: { name: string; code: string; signatures: number }[] = []
  let seat = 0
  for (const { nation, prefix, seats, regions: regionNames } of NATIONS) {
    for (let i = 0; i < seats; i++) {
      seat++
      const region = regionNames[i % regionNames.length]!
      const number = String(i + 1).padStart(3, '0')
      constituencies.push({
        name: `${region} seat ${number}`,
        code: `${prefix}000${number}`,
        nation,
        mp: seat % 50 === 0 ? null : `Member ${seat} MP`,
        signatures: ((seat * 7919) % 2_000) + 1,
      })
    }
  }
  for (const { regions: regionNames } of NATIONS) {
    for (const name of regionNames) {
      const signatures = constituencies.filter((c) => c.name.startsWith(`${name} seat`)).reduce((sum, c) => sum + c.signatures, 0)
      regions.push({ name, code: REGION_CODES[name]!, signatures })
    }
  }
  const inUk = regions.reduce((sum, r) => sum + r.signatures, 0)
  const overseas = [{ name: 'France', code: 'FR', signature_count: 321 }, { name: 'Canada', code: 'CA', signature_count: 45 }]
  const nations = Object.fromEntries(NATIONS.map(({ nation }) => [nation, constituencies.filter((c) => c.nation === nation).reduce((sum, c) => sum + c.signatures, 0)]))
  const document = parliamentPetition(inUk + 366 + 17) // 17 signatures the platform could not place
  Object.assign(document.data.attributes, {
    signatures_by_country: [...overseas, { name: 'United Kingdom', code: 'GB', signature_count: inUk }],
    // The platform lists constituencies in its own order, not by name.
    signatures_by_constituency: [...constituencies].reverse().map((c) => ({ name: c.name, ons_code: c.code, mp: c.mp, signature_count: c.signatures })),
    signatures_by_region: regions.map((r) => ({ name: r.name, ons_code: r.code, signature_count: r.signatures })),
  })
  return { document, expected: { nations, regions: regions.map(({ name, signatures }) => ({ name, signatures })), constituencies, outsideUk: 366 } }
}

/** A Senedd petition: Welsh constituencies and the Senedd's regions, by id, with no members named. */
export function seneddPetitionWithPlaces() {
  const regions = ['Mid and West Wales', 'North Wales', 'South Wales Central', 'South Wales East', 'South Wales West']
  const constituencies = Array.from({ length: 40 }, (_, i) => ({ id: `W09${String(i + 1).padStart(6, '0')}`, name: `Senedd seat ${i + 1}`, signature_count: 10 + i }))
  const regionCounts = regions.map((name, r) => ({
    id: `W10${String(r + 1).padStart(6, '0')}`,
    name,
    signature_count: constituencies.filter((_, i) => i % 5 === r).reduce((sum, c) => sum + c.signature_count, 0),
  }))
  const total = regionCounts.reduce((sum, r) => sum + r.signature_count, 0)
  return {
    links: { self: 'https://petitions.senedd.wales/petitions/245001.json' },
    data: {
      type: 'petition',
      pe_number: 'P-06-1234',
      attributes: {
        action: 'Improve care for people living with secondary breast cancer in Wales',
        state: 'closed',
        signature_count: total + 12,
        signatures_by_country: [{ name: 'United Kingdom', code: 'GB', signature_count: total + 2 }, { name: 'Ireland', code: 'IE', signature_count: 10 }],
        signatures_by_constituency: constituencies,
        signatures_by_region: regionCounts,
      },
    },
    total,
  }
}

/** A rejected petition: the platform publishes no signatures by place for it. */
export function rejectedPetition() {
  const document = parliamentPetition(1)
  Object.assign(document.data.attributes, { state: 'rejected', rejection: { code: 'duplicate', details: null } })
  return document
}
