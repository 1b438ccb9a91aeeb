import { chromium, type Browser } from 'playwright-core'

/** Where the browser tests find Chromium: CHROMIUM_PATH, or Debian's. */
export const chromiumPath = () => process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** The machine's own Chromium, headless, with nothing that reaches out to the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run', '--disable-sync'],
  })
}
