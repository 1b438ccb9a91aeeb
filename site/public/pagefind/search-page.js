// The search page's one job for JavaScript: start Pagefind's search box. Kept in
// a file, not inline, so the site can forbid inline scripts. A ?q= in the
// address (a link such as /search/?q=nurse) starts a search straight away.
const ui = new PagefindUI({ element: '#search', showImages: false, showSubResults: false, resetStyles: false })
const query = new URLSearchParams(location.search).get('q')
if (query) ui.triggerSearch(query)
