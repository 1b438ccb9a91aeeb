// The Studio campaign staff use (../../sanity.config.ts), its plugins and all,
// pointed at the local Content Lake the browser tests run (../support/lake/server.ts)
// and logged in with a token. Only the test build uses this file: `npm run build:studio` builds
// ../../sanity.config.ts exactly as it is.
import { defineConfig } from 'sanity'
import config from '../../sanity.config.ts'

export default defineConfig({
  ...config,
  // The lake answers on the Studio's own host: the client asks for <projectId>.<host>,
  // and Chromium sends every *.localhost name to 127.0.0.1.
  apiHost: typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
  // A token in localStorage, not Sanity's login page (which would send staff to sanity.io).
  auth: { loginMethod: 'token' },
})
