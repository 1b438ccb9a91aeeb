import type { DocumentLink, Update } from '../model.ts'
import { isLive } from '../publication.ts'
import type { UpdateResult } from '../schemas.ts'
import { dictionary, localPath } from '../../i18n/index.ts'
import type { StepContext } from './context.ts'

export interface UpdatesStep {
  updates: Update[]
  /** Published updates whose time has come, as the source returned them. */
  liveDocs: UpdateResult[]
  /** Scheduled updates: a link to one is left out until its time, not called broken. */
  scheduledIds: Set<string>
}

export function buildUpdates(
  docs: readonly UpdateResult[],
  ctx: StepContext,
  askLinks: Map<string, DocumentLink>,
  nationLinks: Map<string, DocumentLink>,
): UpdatesStep {
  const liveDocs = docs.filter((u) => isLive(u, ctx.now))
  const scheduledIds = new Set(docs.filter((u) => !isLive(u, ctx.now)).map((u) => u._id))
  const updates = liveDocs.map((u) => ({
    id: u._id,
    slug: u.slug,
    path: localPath(u.language, `/updates/${u.slug}/`),
    language: u.language,
    alternates: [],
    title: u.title,
    publishedAt: u.publishedAt,
    updatedAt: u.updatedAt ?? null,
    kind: u.kind,
    kindLabel: dictionary(u.language).labels.updateKinds[u.kind],
    summary: u.summary ?? null,
    body: u.body,
    heroImage: ctx.image(u.heroImage),
    asks: ctx.link(u, 'relatedAsks', u.relatedAskIds, askLinks, 'ask'),
    nations: ctx.link(u, 'relatedNations', u.relatedNationIds, nationLinks, 'nation'),
  }))
  return { updates, liveDocs, scheduledIds }
}
