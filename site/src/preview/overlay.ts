// In the browser, in the drafts preview only: Sanity's click-to-edit overlays.
// Added to every page by the preview's Astro integration (integration.ts), never
// by the static build.
import { enableVisualEditing, type HistoryRefresh, type HistoryUpdate } from '@sanity/visual-editing'
import { STAMP_META, STAMP_PATH } from './stamp.ts'

/** How long after a page loads it keeps checking that it shows the latest save: longer after a reload for an edit. */
const WATCH_AFTER_LOAD_MS = 10_000
const WATCH_AFTER_EDIT_MS = 30_000
const WATCH_UNTIL = 'sanity-preview-watch-until'

/**
 * The Studio announces each save, but only to a page that has loaded and connected
 * to it: a save made while the page was still loading or connecting (the first view,
 * or a reload for the save before) would never show. So after each load the page
 * asks the preview, once a second, whether the dataset has changed since it was
 * rendered, and reloads if it has: for ten seconds, or thirty after a reload for an
 * edit (a busy Studio can take several seconds to save). About ten small queries a
 * page view. (The hosted preview names the state; the developer's dev server does
 * not, and there the page just waits for the next announcement.)
 */
async function watchForLaterSaves(): Promise<void> {
  const shown = document.querySelector<HTMLMetaElement>(`meta[name="${STAMP_META}"]`)?.content
  if (!shown) return
  const until = Math.max(Date.now() + WATCH_AFTER_LOAD_MS, Number(stored(() => sessionStorage.getItem(WATCH_UNTIL))) || 0)
  while (Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    const answer = await fetch(STAMP_PATH, { credentials: 'same-origin', cache: 'no-store' }).catch(() => undefined)
    const { stamp } = answer?.ok ? ((await answer.json()) as { stamp?: string }) : {}
    if (stamp && stamp !== shown) return reloadAfterEdit()
  }
}

function reloadAfterEdit(): void {
  stored(() => sessionStorage.setItem(WATCH_UNTIL, String(Date.now() + WATCH_AFTER_EDIT_MS)))
  location.reload()
}

/** A browser that keeps a framed site from storing anything still gets the reload, without the check. */
function stored<T>(use: () => T): T | undefined {
  try {
    return use()
  } catch {
    return undefined
  }
}

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
  // preview reads the content as the Content Lake holds it on every page request.
  refresh: (refresh: HistoryRefresh) => {
    if (refresh.source === 'mutation') reloadAfterEdit()
    else location.reload()
    return new Promise<void>(() => {})
  },
})

void watchForLaterSaves()
