import { SourceError } from './problems.ts'

/**
 * What a build does with documents that have problems. `stop` (the default) fails the
 * build and lists them; `leave-out` builds without them, names each one, and records
 * them in /build.json, so a takedown never waits on an unrelated fix.
 */
export type ProblemsMode = 'stop' | 'leave-out'

export function problemsModeFrom(env: NodeJS.ProcessEnv = process.env): ProblemsMode {
  const value = env.CONTENT_PROBLEMS || 'stop'
  if (value !== 'stop' && value !== 'leave-out') {
    throw new SourceError(`CONTENT_PROBLEMS must be "stop" or "leave-out", not "${value}"`)
  }
  return value
}

/** The singletons every page depends on (in every language): a problem in one still stops the build. */
export const SINGLETON_TYPES: ReadonlySet<string> = new Set(['siteSettings', 'campaign'])
