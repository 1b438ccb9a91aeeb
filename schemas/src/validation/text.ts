/** A nudge (not a block) when a summary is empty: lists, feeds and search show it. */
export function emptySummaryWarning(summary: string | undefined | null): string | undefined {
  return summary && summary.trim() ? undefined : 'Add a one-line summary. Lists, feeds, search results and link previews show it.'
}

/** A problem when `value` is empty although `other` (named `otherLabel`) is filled in. */
export function neededWith(
  value: string | undefined | null,
  other: string | undefined | null,
  otherLabel: string,
): string | undefined {
  return other && !value?.trim() ? `Fill this in too: it's needed when ${otherLabel} is filled in.` : undefined
}
