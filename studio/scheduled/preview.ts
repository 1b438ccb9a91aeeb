import { choiceTitle, updateKinds } from '@campaign/schemas/lists'
import { isScheduled, scheduledFor } from './dates.ts'

type UpdateType = { name: string; preview?: { select?: Record<string, string>; prepare?: (selection: Record<string, unknown>) => object } }

/**
 * The update type with one change to its list preview: a scheduled update reads
 * "Scheduled for 3 March 2030 · Campaign news" instead of its date, so staff see
 * at a glance which updates are not on the site yet.
 */
export function withScheduledSubtitle<T extends UpdateType>(type: T, now: () => Date = () => new Date()): T {
  const prepare = type.preview?.prepare
  if (!prepare) return type
  return {
    ...type,
    preview: {
      ...type.preview,
      prepare: (selection: Record<string, unknown>) => {
        const base = prepare(selection)
        const { publishedAt, kind } = selection
        if (!isScheduled(publishedAt, now())) return base
        return { ...base, subtitle: [scheduledFor(publishedAt), choiceTitle(updateKinds, kind as string | undefined)].filter(Boolean).join(' · ') }
      },
    },
  }
}
