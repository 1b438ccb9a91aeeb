/** Site-wide constants: the navigation and the few fixed numbers every page shares. */

/** The main navigation, as English paths; each language's words are in its dictionary (nav). */
export const NAVIGATION = [
  { href: '/', key: 'home' },
  { href: '/asks/', key: 'asks' },
  { href: '/updates/', key: 'updates' },
  { href: '/stories/', key: 'stories' },
  { href: '/timeline/', key: 'timeline' },
  { href: '/search/', key: 'search' },
] as const

/** Updates listed per page of /updates/. */
export const UPDATES_PER_PAGE = 20

/** Items in /rss.xml and /feed.json: enough to catch up, small enough to poll. */
export const FEED_ITEMS = 50

/** Updates and stories the home page features. */
export const HOME_UPDATES = 3
export const HOME_STORIES = 3
