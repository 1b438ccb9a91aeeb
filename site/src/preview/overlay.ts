// In the browser, in the drafts preview only: Sanity's click-to-edit overlays.
// Added to every page by the preview's Astro integration (integration.ts), never
// by the static build.
import { enableVisualEditing, type HistoryUpdate } from '@sanity/visual-editing'

const here = () => `${location.pathname}${location.search}`

enableVisualEditing({
  // The site is plain pages, not a client-side router: navigation is a page load.
  history: {
    subscribe: (navigate) => {
      // Tell the Presentation tool where the preview is, on every page load.
      navigate({ type: 'replace', url: here() })
      return () => {}
    },
    update: (update: HistoryUpdate) => {
      if (update.type === 'pop') history.back()
      else if (update.url !== here()) location.assign(update.url)
    },
  },
  // After an edit (or the Refresh button), show the page as it now is: the
  // preview re-reads content on every page request.
  refresh: () => {
    location.reload()
    return new Promise<void>(() => {})
  },
})
