/**
 * The demo petition's signatures by place: SAMPLE FIGURES, not real signatures. The demo
 * petition is the charity's own, so no petition platform counts it by place; this gives the
 * demo's pages by place (/petition/, each nation's count) something to show offline. It is
 * written in the UK Parliament petitions site's JSON format (the site reads it with the same
 * code as the platform's answer), beside the demo dataset as demo/petition-breakdown.json.
 *
 * The constituencies are real (2010–2024 boundaries, their ONS codes) with the MPs elected in
 * December 2019, in office when the petition was counted on 2 March 2020; the counts are made
 * up, and sum to less than the stored online count. Regions use the platform's region letters.
 */
import { petitionFigures } from './campaign.ts'

type Region = { name: string; code: string; constituencies: [name: string, onsCode: string, mp: string][] }

const REGIONS: Region[] = [
  { name: 'North East', code: 'A', constituencies: [['Newcastle upon Tyne Central', 'E14000831', 'Chi Onwurah MP'], ['City of Durham', 'E14000641', 'Mary Foy MP'], ['Tynemouth', 'E14001006', 'Alan Campbell MP'], ['Hexham', 'E14000746', 'Guy Opperman MP']] },
  { name: 'North West', code: 'B', constituencies: [['Manchester Central', 'E14000807', 'Lucy Powell MP'], ['Liverpool, Riverside', 'E14000793', 'Kim Johnson MP'], ['Lancaster and Fleetwood', 'E14000776', 'Cat Smith MP'], ['Stockport', 'E14000969', 'Navendu Mishra MP']] },
  { name: 'Yorkshire and The Humber', code: 'D', constituencies: [['Leeds Central', 'E14000777', 'Hilary Benn MP'], ['Sheffield Central', 'E14000919', 'Paul Blomfield MP'], ['Halifax', 'E14000723', 'Holly Lynch MP'], ['Kingston upon Hull North', 'E14000772', 'Dame Diana Johnson MP']] },
  { name: 'East Midlands', code: 'E', constituencies: [['Nottingham East', 'E14000865', 'Nadia Whittome MP'], ['Leicester South', 'E14000783', 'Jonathan Ashworth MP'], ['Lincoln', 'E14000792', 'Karl McCartney MP'], ['Derby North', 'E14000662', 'Amanda Solloway MP']] },
  { name: 'West Midlands', code: 'F', constituencies: [['Birmingham, Ladywood', 'E14000564', 'Shabana Mahmood MP'], ['Coventry South', 'E14000651', 'Zarah Sultana MP'], ['Stoke-on-Trent Central', 'E14000972', 'Jo Gideon MP'], ['Hereford and South Herefordshire', 'E14000743', 'Jesse Norman MP']] },
  { name: 'East of England', code: 'G', constituencies: [['Cambridge', 'E14000617', 'Daniel Zeichner MP'], ['Norwich South', 'E14000864', 'Clive Lewis MP'], ['Ipswich', 'E14000761', 'Tom Hunt MP'], ['Colchester', 'E14000644', 'Will Quince MP']] },
  { name: 'London', code: 'H', constituencies: [['Holborn and St Pancras', 'E14000750', 'Keir Starmer MP'], ['Islington North', 'E14000763', 'Jeremy Corbyn MP'], ['Hackney North and Stoke Newington', 'E14000720', 'Diane Abbott MP'], ['Lewisham, Deptford', 'E14000789', 'Vicky Foxcroft MP'], ['Bermondsey and Old Southwark', 'E14000553', 'Neil Coyle MP'], ['Tooting', 'E14000998', 'Dr Rosena Allin-Khan MP']] },
  { name: 'South East', code: 'J', constituencies: [['Brighton, Pavilion', 'E14000598', 'Caroline Lucas MP'], ['Oxford East', 'E14000873', 'Anneliese Dodds MP'], ['Reading East', 'E14000889', 'Matt Rodda MP'], ['Guildford', 'E14000719', 'Angela Richardson MP'], ['Canterbury', 'E14000619', 'Rosie Duffield MP']] },
  { name: 'South West', code: 'K', constituencies: [['Bristol West', 'E14000602', 'Thangam Debbonaire MP'], ['Bath', 'E14000547', 'Wera Hobhouse MP'], ['Exeter', 'E14000698', 'Ben Bradshaw MP'], ['Stroud', 'E14000980', 'Siobhan Baillie MP'], ['Truro and Falmouth', 'E14001003', 'Cherilyn Mackrory MP']] },
  { name: 'Wales', code: 'L', constituencies: [['Cardiff Central', 'W07000050', 'Jo Stevens MP'], ['Cardiff North', 'W07000051', 'Anna McMorrin MP'], ['Swansea West', 'W07000047', 'Geraint Davies MP'], ['Ceredigion', 'W07000064', 'Ben Lake MP'], ['Arfon', 'W07000057', 'Hywel Williams MP'], ['Newport West', 'W07000056', 'Ruth Jones MP'], ['Vale of Glamorgan', 'W07000078', 'Alun Cairns MP'], ['Llanelli', 'W07000045', 'Nia Griffith MP']] },
  { name: 'Scotland', code: 'M', constituencies: [['Edinburgh South', 'S14000024', 'Ian Murray MP'], ['Glasgow Central', 'S14000029', 'Alison Thewliss MP'], ['Orkney and Shetland', 'S14000051', 'Alistair Carmichael MP'], ['Dundee West', 'S14000016', 'Chris Law MP'], ['Aberdeen South', 'S14000002', 'Stephen Flynn MP'], ['Stirling', 'S14000057', 'Alyn Smith MP'], ['East Lothian', 'S14000020', 'Kenny MacAskill MP']] },
  { name: 'Northern Ireland', code: 'N', constituencies: [['Belfast South', 'N06000003', 'Claire Hanna MP'], ['Foyle', 'N06000008', 'Colum Eastwood MP'], ['North Down', 'N06000013', 'Stephen Farry MP'], ['Belfast East', 'N06000001', 'Gavin Robinson MP'], ['Lagan Valley', 'N06000009', 'Sir Jeffrey M. Donaldson MP'], ['Upper Bann', 'N06000017', 'Carla Lockhart MP']] },
]

const OVERSEAS: [name: string, code: string, signatures: number][] = [['Spain', 'ES', 212], ['France', 'FR', 148], ['Ireland', 'IE', 131], ['Australia', 'AU', 96], ['United States', 'US', 87]]

/** A made-up count from the constituency's name: the same every time the demo is written. */
function sampleCount(name: string): number {
  let hash = 7
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) % 100_003
  return 250 + (hash % 1_200)
}

export function demoPetitionBreakdown() {
  const constituencies = REGIONS.flatMap((region) => region.constituencies.map(([name, ons_code, mp]) => ({ name, ons_code, mp, signature_count: sampleCount(name) })))
  const regions = REGIONS.map((region) => ({
    name: region.name,
    ons_code: region.code,
    signature_count: region.constituencies.reduce((sum, [name]) => sum + sampleCount(name), 0),
  }))
  const inUk = regions.reduce((sum, r) => sum + r.signature_count, 0)
  const countries = [...OVERSEAS.map(([name, code, signature_count]) => ({ name, code, signature_count })), { name: 'United Kingdom', code: 'GB', signature_count: inUk }]
  const placed = countries.reduce((sum, c) => sum + c.signature_count, 0)
  if (placed > petitionFigures.signatureCount) throw new Error(`The sample breakdown (${placed}) is more than the stored online count (${petitionFigures.signatureCount})`)
  return {
    note: 'Sample figures for the demo campaign, not real signatures (studio/seed/content/petition-breakdown.ts).',
    data: {
      type: 'petition',
      attributes: {
        state: 'closed',
        signature_count: petitionFigures.signatureCount,
        signatures_by_country: countries.sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
        signatures_by_constituency: constituencies.sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
        signatures_by_region: regions,
      },
    },
  }
}
