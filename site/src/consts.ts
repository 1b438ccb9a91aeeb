/** Site-wide constants: the navigation and the few fixed numbers every page shares. */

export const NAVIGATION = [
  { href: '/', label: 'Campaign' },
  { href: '/asks/', label: 'Our asks' },
  { href: '/updates/', label: 'Updates' },
  { href: '/stories/', label: 'Stories' },
  { href: '/timeline/', label: 'Timeline' },
  { href: '/search/', label: 'Search' },
] as const

/** Updates listed per page of /updates/. */
export const UPDATES_PER_PAGE = 20

/** Items in /rss.xml and /feed.json: enough to catch up, small enough to poll. */
export const FEED_ITEMS = 50

/** Updates and stories the home page features. */
export const HOME_UPDATES = 3
export const HOME_STORIES = 3
