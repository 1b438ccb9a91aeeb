import type { DocumentActionComponent, NewDocumentOptionsContext, Template } from 'sanity'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import config from '../sanity.config.ts'

// Stand-ins for Sanity's built-in document actions, identified as Sanity does by `action`.
const builtInActions = ['publish', 'discardChanges', 'unpublish', 'duplicate', 'delete', 'restore'].map((name) => {
  const component = (() => null) as unknown as DocumentActionComponent
  component.action = name as DocumentActionComponent['action']
  return component
})

type ActionsResolver = (prev: DocumentActionComponent[], context: { schemaType: string }) => DocumentActionComponent[]
type TemplatesResolver = (prev: Pick<Template, 'id' | 'schemaType'>[]) => Pick<Template, 'id' | 'schemaType'>[]
type NewDocumentOptionsResolver = (prev: { templateId: string }[], context: Partial<NewDocumentOptionsContext>) => { templateId: string }[]

const actionsFor = (schemaType: string) =>
  (config.document?.actions as ActionsResolver)(builtInActions, { schemaType }).map(({ action, displayName }) => action ?? displayName)

describe('Studio configuration', () => {
  it('lets editors publish the singletons but never delete, duplicate or unpublish them', () => {
    expect(actionsFor('campaign')).toEqual(['publish', 'discardChanges', 'restore'])
    expect(actionsFor('siteSettings')).toEqual(['publish', 'discardChanges', 'restore'])
  })

  it('keeps every action for ordinary documents', () => {
    expect(actionsFor('update')).toEqual(['publish', 'discardChanges', 'unpublish', 'duplicate', 'delete', 'restore', 'OpenOnSiteAction', 'OpenPreviewAction'])
  })

  it('offers no way to create a second campaign or site settings', () => {
    const all = ['campaign', 'siteSettings', 'update', 'ask', 'story', 'nation', 'milestone']
    const templates = (config.schema?.templates as unknown as TemplatesResolver)(all.map((type) => ({ id: type, schemaType: type })))
    expect(templates.map(({ id }) => id)).toEqual(['update', 'ask', 'story', 'nation', 'milestone'])

    const options = (config.document?.newDocumentOptions as NewDocumentOptionsResolver)(
      all.map((templateId) => ({ templateId })),
      { creationContext: { type: 'global' } },
    )
    expect(options.map(({ templateId }) => templateId)).toEqual(['update', 'ask', 'story', 'nation', 'milestone'])
  })

})

describe('Studio project settings', () => {
  // env.ts reads the environment once, when first imported: import it afresh each time.
  beforeEach(() => vi.resetModules())
  afterEach(() => vi.unstubAllEnvs())

  it('uses SANITY_STUDIO_PROJECT_ID and SANITY_STUDIO_DATASET when set', async () => {
    vi.stubEnv('SANITY_STUDIO_PROJECT_ID', 'abc123')
    vi.stubEnv('SANITY_STUDIO_DATASET', 'staging')
    expect(await import('../env.ts')).toMatchObject({ projectId: 'abc123', dataset: 'staging', isConnected: true })
  })

  it('falls back to a placeholder project and "production" when unset, so it still builds', async () => {
    vi.stubEnv('SANITY_STUDIO_PROJECT_ID', '')
    vi.stubEnv('SANITY_STUDIO_DATASET', '')
    const env = await import('../env.ts')
    expect(env).toMatchObject({ projectId: 'not-configured', dataset: 'production', isConnected: false })
    expect(env.notConnectedMessage).toMatch(/Set SANITY_STUDIO_PROJECT_ID/)
  })
})
