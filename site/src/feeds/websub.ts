/**
 * The WebSub hub feeds advertise, from WEBSUB_HUB. Unset: no hub, and readers poll.
 * A hub that is not an http(s) URL stops the build rather than publishing a broken link.
 */
export function websubHub(env: NodeJS.ProcessEnv = process.env): string | null {
  const value = env.WEBSUB_HUB?.trim()
  if (!value) return null
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`WEBSUB_HUB must be an absolute URL such as https://pubsubhubbub.appspot.com/, not "${value}"`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`WEBSUB_HUB must be an http or https URL, not "${value}"`)
  return url.href
}
