// The search page's one job for JavaScript: start Pagefind's search box. Kept in
// a file, not inline, so the site can forbid inline scripts. The index comes in
// shards (scripts/search-index.ts), listed in shards.json: the first is the
// primary index, the rest are merged into it. Each language has its own shards,
// and the page searches those of its own language. A ?q= in the address (a link
// such as /search/?q=nurse) starts a search straight away.
fetch('/pagefind/shards.json')
  .then((response) => response.json())
  .then(({ shards, languages = {} }) => {
    // This page's language ("cy", or "en" for "en-GB"): Welsh search searches the Welsh shards.
    const language = document.documentElement.lang.split('-')[0]
    const [primary, ...others] = languages[language] ?? shards
    const ui = new PagefindUI({
      element: '#search',
      bundlePath: primary,
      mergeIndex: others.map((bundlePath) => ({ bundlePath })),
      showImages: false,
      showSubResults: false,
      resetStyles: false,
    })
    const query = new URLSearchParams(location.search).get('q')
    if (query) ui.triggerSearch(query)
  })
