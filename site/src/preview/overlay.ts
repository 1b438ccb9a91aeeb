// In the browser, in the drafts preview only: Sanity's click-to-edit overlays.
// Added to every page by the preview's Astro integration (integration.ts), never
// by the static build.
import { enableVisualEditing, type HistoryUpdate } from '@sanity/visual-editing'

/**
 * Where the preview is, as the Presentation tool should remember it: without the
 * perspective the tool itself put in the address. Reported with it, the tool takes
 * the page's old perspective back when it reloads the preview after a switch, and
 * the preview flips back to drafts.
 */
const here = () => {
  const search = new URLSearchParams(location.search)
  search.delete('sanity-preview-perspective')
  const query = search.toString()
  return `${location.pathname}${query ? `?${query}` : ''}`
}

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
