import type { DocumentActionComponent } from 'sanity'
import { useRouter } from 'sanity/router'
import { previewPath } from './site-links.ts'

/** Opens the document beside its page in the Presentation tool, showing drafts with click-to-edit. */
export const OpenPreviewAction: DocumentActionComponent = ({ id, type, draft, published }) => {
  const { navigateIntent } = useRouter()
  const link = previewPath(type, draft, published)
  if ('unavailable' in link) return { label: 'Open preview', disabled: true, title: link.unavailable }
  return {
    label: 'Open preview',
    title: `Show ${link.href} with your unpublished changes, in the Presentation tool`,
    onHandle: () => navigateIntent('edit', { id, type, mode: 'presentation', preview: link.href }),
  }
}
OpenPreviewAction.displayName = 'OpenPreviewAction'
