// The Actions API (POST /data/actions/<dataset>), which the Studio uses to publish,
// unpublish, discard and delete, turned into the plain mutations the Content Lake
// performs for each action, so listeners see what really changed.
import { MutationError, type Doc, type MutationBody } from './documents.ts'

export type Action = { actionType: string; [field: string]: unknown }

const text = (value: unknown, field: string, action: Action): string => {
  if (typeof value !== 'string') throw new MutationError(400, 'actionError', `${action.actionType} needs "${field}", got ${JSON.stringify(action)}`)
  return value
}

export function actionMutations(action: Action, get: (id: string) => Doc | undefined): MutationBody[] {
  switch (action.actionType) {
    case 'sanity.action.document.publish': {
      const draftId = text(action.draftId, 'draftId', action)
      const publishedId = text(action.publishedId, 'publishedId', action)
      const draft = get(draftId)
      if (!draft) throw new MutationError(409, 'actionError', `There is no draft ${draftId} to publish`)
      if (action.ifDraftRevisionId && action.ifDraftRevisionId !== draft._rev) throw new MutationError(409, 'conflictError', `Draft ${draftId} changed since it was read`)
      const { _rev, _updatedAt, ...content } = draft
      return [{ createOrReplace: { ...content, _id: publishedId } }, { delete: { id: draftId } }]
    }
    case 'sanity.action.document.unpublish': {
      const draftId = text(action.draftId, 'draftId', action)
      const publishedId = text(action.publishedId, 'publishedId', action)
      const published = get(publishedId)
      if (!published) throw new MutationError(409, 'actionError', `${publishedId} is not published`)
      const { _rev, _updatedAt, ...content } = published
      return [{ createIfNotExists: { ...content, _id: draftId } }, { delete: { id: publishedId } }]
    }
    case 'sanity.action.document.discard':
      return [{ delete: { id: text(action.draftId, 'draftId', action) } }]
    case 'sanity.action.document.version.discard':
      return [{ delete: { id: text(action.versionId, 'versionId', action) } }]
    case 'sanity.action.document.delete': {
      const drafts = Array.isArray(action.includeDrafts) ? (action.includeDrafts as string[]) : []
      return [text(action.publishedId, 'publishedId', action), ...drafts].map((id) => ({ delete: { id } }))
    }
    case 'sanity.action.document.edit': {
      const draftId = text(action.draftId, 'draftId', action)
      const publishedId = text(action.publishedId, 'publishedId', action)
      const base = get(draftId) ?? get(publishedId)
      if (!base) throw new MutationError(409, 'actionError', `Neither ${draftId} nor ${publishedId} exists to edit`)
      const { _rev, _updatedAt, ...content } = base
      return [{ createIfNotExists: { ...content, _id: draftId } }, { patch: { ...(action.patch as object), id: draftId } }]
    }
    case 'sanity.action.document.create': {
      const attributes = action.attributes as Doc
      const mutation = action.ifExists === 'ignore' ? 'createIfNotExists' : 'create'
      return [{ [mutation]: attributes }]
    }
    case 'sanity.action.document.version.create':
      return [{ create: action.document as Doc }]
    case 'sanity.action.document.version.replace':
      return [{ createOrReplace: action.document as Doc }]
    case 'sanity.action.release.create':
      return [{ create: { _id: `_.releases.${text(action.releaseId, 'releaseId', action)}`, _type: 'system.release', name: action.releaseId, state: 'active', metadata: action.metadata } }]
    default:
      throw new MutationError(400, 'actionError', `The local lake does not know the action ${action.actionType}`)
  }
}
