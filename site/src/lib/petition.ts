import type { Campaign } from '../content/index.ts'

export type Petition = NonNullable<Campaign['petition']>

export interface PetitionTally {
  online: number
  paper: number
  total: number
  /** The next target, when there is one still ahead of the total. */
  target: number | null
  /** Signatures still needed to reach the target. */
  toGo: number
  /** Share of the target reached, 0–100, for the decorative bar. */
  percent: number
}

/** Online and paper signatures together, measured against the next milestone. */
export function tally(petition: Petition): PetitionTally {
  const online = petition.signatureCount
  const paper = petition.paperSignatures ?? 0
  const total = online + paper
  const target = petition.nextMilestone && petition.nextMilestone > total ? petition.nextMilestone : null
  return {
    online,
    paper,
    total,
    target,
    toGo: target ? target - total : 0,
    percent: target ? Math.floor((total / target) * 100) : 100,
  }
}

const NUMBER = new Intl.NumberFormat('en-GB')

/** 61342 -> "61,342" */
export const count = (n: number): string => NUMBER.format(n)
