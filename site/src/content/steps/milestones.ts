import type { DocumentLink, Milestone } from '../model.ts'
import type { MilestoneResult } from '../schemas.ts'
import { dictionary } from '../../i18n/index.ts'
import type { StepContext } from './context.ts'

export function buildMilestones(
  docs: readonly MilestoneResult[],
  ctx: StepContext,
  updateLinks: Map<string, DocumentLink>,
  scheduledIds: ReadonlySet<string>,
  nationLinks: Map<string, DocumentLink>,
): Milestone[] {
  return docs.map((m) => {
    let report: DocumentLink | null = null
    if (m.reportId) {
      report = updateLinks.get(m.reportId) ?? null
      // A report that is scheduled is simply not linked yet; one that does not exist is an error.
      if (!report && !scheduledIds.has(m.reportId) && !ctx.isInvalid(m.reportId)) {
        ctx.problem(m, 'report', `refers to update ${m.reportId}, which is missing or not published`)
      }
    }
    let nation: DocumentLink | null = null
    if (m.nationId) {
      nation = nationLinks.get(m.nationId) ?? null
      if (!nation && !ctx.isInvalid(m.nationId)) ctx.problem(m, 'nation', `refers to nation ${m.nationId}, which is missing or not published`)
    }
    return {
      id: m._id,
      language: m.language,
      title: m.title,
      date: m.date,
      kind: m.kind,
      kindLabel: dictionary(m.language).labels.milestoneKinds[m.kind],
      outcome: m.outcome ?? null,
      nation,
      report,
    }
  })
}
