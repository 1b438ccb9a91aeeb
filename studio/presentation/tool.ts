import { presentationTool } from 'sanity/presentation'
import { previewUrl } from '../urls.ts'
import { locations } from './locations.ts'
import { mainDocuments } from './main-documents.ts'

/** Presentation's handshake on the preview (site/src/preview/worker/): only Studio users get a preview session. */
export const PREVIEW_MODE = { enable: '/preview/enable', disable: '/preview/disable' } as const

/**
 * The Presentation tool: the hosted preview (SANITY_STUDIO_PREVIEW_URL, set at
 * `sanity deploy`; `npm run preview:drafts` on a developer's machine) beside the
 * document, with click-to-edit overlays.
 */
export const presentation = presentationTool({
  title: 'Preview',
  previewUrl: { initial: previewUrl, previewMode: PREVIEW_MODE },
  allowOrigins: [new URL(previewUrl).origin],
  resolve: { locations, mainDocuments },
})
