import { existsSync } from 'node:fs'
import { chromiumPath } from './browser.ts'

/**
 * Before any browser test starts: stops the run with one line that says what to
 * install, instead of a failed browser launch in every browser test file. (An error
 * thrown here would come with vitest's stack of its own; this runs before any other
 * global setup has made anything to clean up.)
 */
export default function setup() {
  const path = chromiumPath()
  if (existsSync(path)) return
  const told = process.env.CHROMIUM_PATH ? `CHROMIUM_PATH is ${path}, and there is no file there` : `No Chromium at ${path}`
  console.error(`${told}: the browser tests drive the machine's own Chromium. Install Debian's chromium (apt-get install -y chromium), or set CHROMIUM_PATH to a Chromium binary.`)
  process.exit(1)
}
