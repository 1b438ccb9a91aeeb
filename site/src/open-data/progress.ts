/**
 * The tracker as open data: one row per ask and nation, with the petition count
 * and when and where it was counted. /data/progress.json and /data/progress.csv
 * carry the same rows; both addresses are a contract, and so are the field names
 * (bump PROGRESS_SCHEMA_VERSION when one changes).
 */
import type { SiteContent } from '../content/index.ts'
import { absolute } from '../lib/urls.ts'
import { tally } from '../lib/petition.ts'

export const PROGRESS_SCHEMA_VERSION = 1
export const DEFAULT_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const

export interface ProgressRow {
  askSlug: string
  askTitle: string
  askUrl: string
  /** The date the ask was won; null until then. */
  askWonOn: string | null
  nationSlug: string
  nation: string
  status: string
  statusLabel: string
  date: string | null
  ministerMet: string | null
  note: string | null
  sourceTitle: string | null
  sourceUrl: string | null
}

/** The petition's signatures in each nation, with when and where they were counted. */
export interface NationFigures {
  countedAt: string
  countedFrom: string | null
  nations: { nationSlug: string; signatures: number }[]
  outsideUk: number | null
}

export interface PetitionFigures {
  onlineSignatures: number
  paperSignatures: number
  totalSignatures: number
  /** A date-time when read from the platform, else the date the campaign counted. */
  countedAt: string
  /** The platform's host name, or null when it is the count the campaign stored. */
  countedFrom: string | null
  /** Signatures by nation; null when the platform gives no breakdown. */
  byNation: NationFigures | null
}

export type Licence = { name: string; url: string | null }

export function licenceOf(content: Pick<SiteContent, 'settings'>): Licence {
  const set = content.settings.dataLicence
  if (!set?.name) return { ...DEFAULT_LICENCE }
  return { name: set.name, url: set.url ?? null }
}

export function progressRows(content: Pick<SiteContent, 'asks' | 'siteUrl'>): ProgressRow[] {
  return content.asks.flatMap((ask) =>
    ask.progress.map((p) => ({
      askSlug: ask.slug,
      askTitle: ask.title,
      askUrl: absolute(ask.path, content.siteUrl),
      askWonOn: ask.outcome?.wonOn ?? null,
      nationSlug: p.nation.slug,
      nation: p.nation.name,
      status: p.status,
      statusLabel: p.statusLabel,
      date: p.date,
      ministerMet: p.ministerMet,
      note: p.note,
      sourceTitle: p.source?.title ?? null,
      sourceUrl: p.source?.url ?? null,
    })),
  )
}

export function petitionFigures(content: Pick<SiteContent, 'campaign'>): PetitionFigures | null {
  const petition = content.campaign.petition
  if (!petition) return null
  const t = tally(petition)
  return {
    onlineSignatures: t.online,
    paperSignatures: t.paper,
    totalSignatures: t.total,
    countedAt: petition.count.countedAt,
    countedFrom: petition.count.countedBy,
    byNation: petition.breakdown
      ? {
          countedAt: petition.breakdown.countedAt,
          countedFrom: petition.breakdown.countedBy,
          nations: petition.breakdown.nations.map(({ nation, signatures }) => ({ nationSlug: nation, signatures })),
          outsideUk: petition.breakdown.outsideUk,
        }
      : null,
  }
}

export function progressJson(content: SiteContent): object {
  return {
    schemaVersion: PROGRESS_SCHEMA_VERSION,
    generatedAt: content.now.toISOString(),
    title: `${content.settings.title}: where each ask stands in each nation`,
    publisher: content.settings.organisationName,
    licence: licenceOf(content),
    homePage: absolute('/asks/', content.siteUrl),
    petition: petitionFigures(content),
    progress: progressRows(content),
  }
}

const CSV_COLUMNS = [
  ['ask_slug', 'askSlug'],
  ['ask_title', 'askTitle'],
  ['ask_url', 'askUrl'],
  ['ask_won_on', 'askWonOn'],
  ['nation_slug', 'nationSlug'],
  ['nation', 'nation'],
  ['status', 'status'],
  ['status_label', 'statusLabel'],
  ['date', 'date'],
  ['minister_met', 'ministerMet'],
  ['note', 'note'],
  ['source_title', 'sourceTitle'],
  ['source_url', 'sourceUrl'],
] as const satisfies readonly (readonly [string, keyof ProgressRow])[]

const PETITION_COLUMNS = [
  ['petition_total_signatures', 'totalSignatures'],
  ['petition_counted_at', 'countedAt'],
  ['petition_counted_from', 'countedFrom'],
] as const satisfies readonly (readonly [string, keyof PetitionFigures])[]

/** The row's nation's signatures, and when and where they were counted: empty without a breakdown. */
const NATION_COLUMNS = ['petition_nation_signatures', 'petition_nation_counted_at', 'petition_nation_counted_from'] as const

function nationCells(figures: NationFigures | null | undefined, nationSlug: string): (string | number | null)[] {
  const inNation = figures?.nations.find((n) => n.nationSlug === nationSlug)
  return inNation && figures ? [inNation.signatures, figures.countedAt, figures.countedFrom] : [null, null, null]
}

/**
 * RFC 4180 CSV: quoted where needed, CRLF line ends. A cell a spreadsheet would
 * read as a formula (=, +, -, @ first) is prefixed with an apostrophe.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * The same rows as the JSON; the petition count (with when and where) on every row, and
 * the signatures in the row's nation (with when and where) when the platform counts by place.
 */
export function progressCsv(content: SiteContent): string {
  const petition = petitionFigures(content)
  const header = [...CSV_COLUMNS.map(([name]) => name), ...PETITION_COLUMNS.map(([name]) => name), ...NATION_COLUMNS]
  const lines = progressRows(content).map((row) =>
    [
      ...CSV_COLUMNS.map(([, key]) => csvCell(row[key])),
      ...PETITION_COLUMNS.map(([, key]) => csvCell(petition ? petition[key] : null)),
      ...nationCells(petition?.byNation, row.nationSlug).map(csvCell),
    ].join(','),
  )
  return [header.join(','), ...lines].join('\r\n') + '\r\n'
}
