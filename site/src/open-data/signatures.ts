/**
 * The petition's signatures by constituency as open data: /data/signatures.csv, one row
 * per constituency with its nation, MP and count, and when and where it was counted.
 * The address and the column names are a contract. No file without a breakdown.
 */
import type { SignatureBreakdown } from '../content/index.ts'
import { csvCell } from './progress.ts'

// code: the platform's code for the constituency (its ONS code on the UK Parliament's site);
// parliament: westminster, or senedd for the Senedd's constituencies (no MP named).
const COLUMNS = ['constituency', 'code', 'nation', 'parliament', 'mp', 'signatures', 'counted_at', 'counted_from'] as const

export function signaturesCsv(breakdown: SignatureBreakdown): string {
  const lines = breakdown.constituencies.map((c) =>
    [c.name, c.code, c.nation, breakdown.constituencyKind, c.mp, c.signatures, breakdown.countedAt, breakdown.countedBy].map(csvCell).join(','),
  )
  return [COLUMNS.join(','), ...lines].join('\r\n') + '\r\n'
}
