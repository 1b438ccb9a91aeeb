import { schemaTypes, singletonTypes } from '@campaign/schemas'
import { documentInternationalization } from '@sanity/document-internationalization'
import { visionTool } from '@sanity/vision'
import { defineConfig, type DocumentActionComponent } from 'sanity'
import { structureTool } from 'sanity/structure'
import { OpenOnSiteAction } from './actions/open-on-site.ts'
import { OpenPreviewAction } from './actions/open-preview.ts'
import { WithdrawConsentAction } from './actions/withdraw-consent.ts'
import { withdrawnRecordActions } from './actions/withdrawn-record.ts'
import { TYPES_WITH_PAGES } from './actions/site-links.ts'
import { dataset, isConnected, notConnectedMessage, projectId } from './env.ts'
import { isSingletonTemplate, translations } from './languages/plugin.ts'
import { presentation } from './presentation/tool.ts'
import { UpdateScheduledBadge } from './scheduled/badge.ts'
import { withScheduledSubtitle } from './scheduled/preview.ts'
import { structure } from './structure.ts'
import { withWithdrawnNotice } from './withdrawn/story-type.ts'

// In the browser console too (the CLI already warns in the terminal).
if (!isConnected && import.meta.env) console.warn(notConnectedMessage)

// A singleton can be edited and published, never created again, duplicated,
// unpublished or deleted: the site expects exactly one at its fixed id.
const singletonActions = new Set<string>(['publish', 'discardChanges', 'restore'])

function keepSingletonActions(actions: DocumentActionComponent[]): DocumentActionComponent[] {
  return actions.filter(({ action }) => action !== undefined && singletonActions.has(action))
}

function documentActions(actions: DocumentActionComponent[], schemaType: string): DocumentActionComponent[] {
  if (singletonTypes.has(schemaType)) return keepSingletonActions(actions)
  // Documents with a page of their own: links to it on the live site and in the preview.
  const withPages = TYPES_WITH_PAGES.has(schemaType) ? [...actions, OpenOnSiteAction, OpenPreviewAction] : actions
  // Stories: withdrawing consent unpublishes and erases in one step (actions/withdrawal.ts);
  // what it keeps can only be deleted, never published (actions/withdrawn-record.ts).
  return schemaType === 'story' ? withdrawnRecordActions([...withPages, WithdrawConsentAction], [WithdrawConsentAction]) : withPages
}

export default defineConfig({
  name: 'default',
  title: isConnected ? 'Campaign Studio' : 'Campaign Studio (not connected: set SANITY_STUDIO_PROJECT_ID)',
  projectId,
  dataset,
  plugins: [
    structureTool({ structure }),
    presentation,
    documentInternationalization(translations),
    visionTool({ defaultApiVersion: '2025-02-19' }),
  ],
  schema: {
    // A scheduled update says so in every list: "Scheduled for 3 March 2030".
    // A story erased by "Withdraw consent" says so at the top of its form.
    types: schemaTypes.map((type) => (type.name === 'update' ? withScheduledSubtitle(type) : type.name === 'story' ? withWithdrawnNotice(type) : type)),
    // No "new Campaign" or "new Site settings": each exists once per language, at its fixed id.
    // Only the per-language templates stay, for the pinned documents to start from.
    templates: (templates) => templates.filter(({ id, schemaType }) => !singletonTypes.has(schemaType) || isSingletonTemplate(id)),
  },
  document: {
    actions: (actions, { schemaType }) => documentActions(actions, schemaType),
    badges: (badges, { schemaType }) => (schemaType === 'update' ? [...badges, UpdateScheduledBadge] : badges),
    newDocumentOptions: (options) => options.filter(({ templateId }) => !singletonTypes.has(templateId) && !isSingletonTemplate(templateId)),
  },
})
