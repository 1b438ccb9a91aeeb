/**
 * Who a reader can write to through WriteToThem (mySociety), by the codes its
 * `a` parameter takes. A nation's page writes to that nation's own parliament;
 * England has none of its own, so it writes to the reader's MP.
 */

export const WRITE_TO_THEM = 'https://www.writetothem.com/'

export interface Representative {
  /** WriteToThem's `a` value: one code, or several joined by commas. */
  code: string
  /** Who, in a reader's words: "your MP". */
  who: string
  /** Where they sit. */
  body: string
}

export const REPRESENTATIVES = {
  mp: { code: 'WMC', who: 'your MP', body: 'the UK Parliament at Westminster' },
  msp: { code: 'SPC,SPE', who: 'your MSPs', body: 'the Scottish Parliament' },
  ms: { code: 'WAC', who: 'your MSs', body: 'the Senedd (Welsh Parliament)' },
  mla: { code: 'NIE', who: 'your MLAs', body: 'the Northern Ireland Assembly' },
} as const satisfies Record<string, Representative>

/** The nation's own representatives, by the nation's slug (the demo and the content model use these four). */
const BY_NATION: Record<string, Representative> = {
  england: REPRESENTATIVES.mp,
  scotland: REPRESENTATIVES.msp,
  wales: REPRESENTATIVES.ms,
  'northern-ireland': REPRESENTATIVES.mla,
}

export function representativeFor(nationSlug: string): Representative {
  return BY_NATION[nationSlug] ?? REPRESENTATIVES.mp
}
