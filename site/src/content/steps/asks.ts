import type { Ask, DocumentLink, Nation, Story, Update } from '../model.ts'
import type { AskResult } from '../schemas.ts'
import { dictionary, localPath } from '../../i18n/index.ts'
import { linksById, type StepContext } from './context.ts'
import { askOutcome } from './outcome.ts'

/** Each ask with one progress row a nation (in nation order) and the updates and stories about it. */
export function buildAsks(
  docs: readonly AskResult[],
  ctx: StepContext,
  nations: readonly Nation[],
  updates: readonly Update[],
  stories: readonly Story[],
  scheduledIds: ReadonlySet<string>,
): Ask[] {
  const nationIds = new Set(nations.map((n) => n.id))
  const updateLinks = linksById(updates)
  return docs.map((a) => {
    a.progress.forEach((p, i) => {
      if (!nationIds.has(p.nationId) && !ctx.isInvalid(p.nationId)) {
        ctx.problem(a, `progress[${i}].nation`, `refers to nation ${p.nationId}, which is missing or not published`)
      }
    })
    const path = localPath(a.language, `/asks/${a.slug}/`)
    const about = (doc: { asks: DocumentLink[] }) => doc.asks.some((l) => l.id === a._id)
    return {
      id: a._id,
      slug: a.slug,
      path,
      language: a.language,
      alternates: [],
      feedPath: `${path}rss.xml`,
      title: a.title,
      summary: a.summary ?? null,
      body: a.body,
      order: a.order,
      evidence: a.evidence,
      progress: nations.map((nation) => {
        const p = a.progress.find((row) => row.nationId === nation.id)
        const status = p?.status ?? 'not-raised'
        return {
          nation,
          status,
          statusLabel: dictionary(a.language).labels.statuses[status],
          ministerMet: p?.ministerMet ?? null,
          date: p?.date ?? null,
          note: p?.note ?? null,
          source: p?.source ?? null,
        }
      }),
      updates: updates.filter(about).map((u) => ({ id: u.id, title: u.title, path: u.path, language: u.language })),
      stories: stories.filter(about).map((s) => ({ id: s.id, title: s.title, path: s.path, language: s.language })),
      talkingPoints: a.talkingPoints,
      outcome: askOutcome(a, ctx, updateLinks, scheduledIds),
      lastReviewed: a.lastReviewed ?? null,
      nextReview: a.nextReview ?? null,
    }
  })
}
