import type { AskOutcome, DocumentLink } from '../model.ts'
import type { AskResult } from '../schemas.ts'
import type { StepContext } from './context.ts'

/** A won ask's date and the update that reports it; a report still scheduled is simply not linked yet. */
export function askOutcome(
  a: AskResult,
  ctx: StepContext,
  updateLinks: ReadonlyMap<string, DocumentLink>,
  scheduledIds: ReadonlySet<string>,
): AskOutcome | null {
  if (!a.outcome?.won || !a.outcome.date) return null
  const id = a.outcome.reportId
  const report = id ? (updateLinks.get(id) ?? null) : null
  if (id && !report && !scheduledIds.has(id) && !ctx.isInvalid(id)) ctx.problem(a, 'outcome.report', `refers to update ${id}, which is missing or not published`)
  return { wonOn: a.outcome.date, report }
}
