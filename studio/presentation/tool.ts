import { presentationTool } from 'sanity/presentation'
import { previewUrl } from '../urls.ts'
import { locations } from './locations.ts'
import { mainDocuments } from './main-documents.ts'

/**
 * The Presentation tool: the drafts preview site (`npm run preview:drafts`, or
 * SANITY_STUDIO_PREVIEW_URL) beside the document, with click-to-edit overlays.
 */
export const presentation = presentationTool({
  title: 'Preview',
  previewUrl: { initial: previewUrl },
  allowOrigins: [new URL(previewUrl).origin],
  resolve: { locations, mainDocuments },
})
