// What the live site's /build.json says, turned into what staff should know:
// the last build is more than two hours old (the hourly build has stopped), or it
// left documents out because they have problems.

/** The hourly build runs every hour; two hours without one means it has stopped. */
export const STALE_AFTER_HOURS = 2

export interface LeftOut {
  _id: string
  _type: string
  field: string
  message: string
}

export type BuildCheck =
  | { kind: 'unreadable'; message: string }
  | { kind: 'read'; builtAt: Date; hoursAgo: number; stale: boolean; leftOut: LeftOut[] }

/** /build.json's address under the live site's address (which may have a path). */
export function buildStatusUrl(siteUrl: string): string {
  const root = new URL(siteUrl)
  if (!root.pathname.endsWith('/')) root.pathname += '/'
  return new URL('build.json', root).href
}

export function checkBuild(status: unknown, now: Date): BuildCheck {
  const { builtAt, leftOut } = (status ?? {}) as { builtAt?: unknown; leftOut?: unknown }
  const built = typeof builtAt === 'string' ? new Date(builtAt) : null
  if (!built || Number.isNaN(built.getTime()) || !Array.isArray(leftOut)) {
    return { kind: 'unreadable', message: 'The live site\'s build.json is not in the form the site writes.' }
  }
  const hoursAgo = (now.getTime() - built.getTime()) / 3_600_000
  return { kind: 'read', builtAt: built, hoursAgo, stale: hoursAgo > STALE_AFTER_HOURS, leftOut: leftOut as LeftOut[] }
}

/** Reads the live site's build status; any failure is said in words, never thrown. */
export async function readBuildStatus(siteUrl: string, now = new Date(), fetchFn: typeof fetch = fetch): Promise<BuildCheck> {
  const url = buildStatusUrl(siteUrl)
  try {
    const response = await fetchFn(url, { cache: 'no-store' })
    if (!response.ok) return { kind: 'unreadable', message: `${url} answered ${response.status}: the site may not have been built since this check was added.` }
    return checkBuild(await response.json(), now)
  } catch (error) {
    return { kind: 'unreadable', message: `${url} could not be read (${(error as Error).message}). Check SANITY_STUDIO_SITE_URL, and that the site is deployed with its _headers file.` }
  }
}

/** The sentences staff read, most urgent first. */
export function describeBuild(check: BuildCheck): string[] {
  if (check.kind === 'unreadable') return [check.message]
  const hours = Math.floor(check.hoursAgo)
  const when = hours < 1 ? 'less than an hour ago' : `${hours} hour${hours === 1 ? '' : 's'} ago`
  const lines: string[] = []
  if (check.stale) {
    lines.push(
      `The live site was last built ${when}. It should be rebuilt every hour, so scheduled updates appear and stories whose consent ended come off. ` +
        'Check the "Publish the site" workflow in the repository\'s Actions tab: GitHub switches off scheduled workflows in a repository with no activity for 60 days, and it has to be switched back on there.',
    )
  } else {
    lines.push(`The live site was last built ${when}.`)
  }
  if (check.leftOut.length) {
    lines.push(`It left out ${check.leftOut.length} document${check.leftOut.length === 1 ? '' : 's'} with problems. Fix each one and publish it; the next build puts it back.`)
  }
  return lines
}
