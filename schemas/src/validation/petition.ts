/** The next milestone is a target the count has not reached yet. */
export function nextMilestoneProblem(nextMilestone: number | undefined | null, signatureCount: number | undefined | null): string | undefined {
  if (nextMilestone === undefined || nextMilestone === null) return undefined
  if (signatureCount === undefined || signatureCount === null) return undefined
  return nextMilestone > signatureCount
    ? undefined
    : `The next milestone must be more than the current count (${signatureCount.toLocaleString('en-GB')}).`
}
