interface ProgressEntry {
  nation?: { _ref?: string } | null
}

/** Each nation has one progress entry per ask, so the tracker can't contradict itself. */
export function repeatedNationProblem(progress: readonly ProgressEntry[] | undefined | null): string | undefined {
  const seen = new Set<string>()
  for (const entry of progress ?? []) {
    const ref = entry.nation?._ref
    if (!ref) continue
    if (seen.has(ref)) return 'A nation appears twice. Keep one entry per nation and update its status.'
    seen.add(ref)
  }
  return undefined
}
