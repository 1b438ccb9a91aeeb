import { schemaTypes, singletonTypes } from '@campaign/schemas'
import { visionTool } from '@sanity/vision'
import { defineConfig, type DocumentActionComponent } from 'sanity'
import { structureTool } from 'sanity/structure'
import { dataset, isConnected, notConnectedMessage, projectId } from './env.ts'
import { structure } from './structure.ts'

// In the browser console too (the CLI already warns in the terminal).
if (!isConnected && import.meta.env) console.warn(notConnectedMessage)

// A singleton can be edited and published, never created again, duplicated,
// unpublished or deleted: the site expects exactly one at its fixed id.
const singletonActions = new Set<string>(['publish', 'discardChanges', 'restore'])

function keepSingletonActions(actions: DocumentActionComponent[]): DocumentActionComponent[] {
  return actions.filter(({ action }) => action !== undefined && singletonActions.has(action))
}

export default defineConfig({
  name: 'default',
  title: isConnected ? 'Campaign Studio' : 'Campaign Studio (not connected: set SANITY_STUDIO_PROJECT_ID)',
  projectId,
  dataset,
  plugins: [structureTool({ structure }), visionTool({ defaultApiVersion: '2025-02-19' })],
  schema: {
    types: schemaTypes,
    // No "new Campaign" or "new Site settings": each exists once, at its fixed id.
    templates: (templates) => templates.filter(({ schemaType }) => !singletonTypes.has(schemaType)),
  },
  document: {
    actions: (actions, { schemaType }) => (singletonTypes.has(schemaType) ? keepSingletonActions(actions) : actions),
    newDocumentOptions: (options) => options.filter(({ templateId }) => !singletonTypes.has(templateId)),
  },
})
