/**
 * Checks a dataset file (or the Sanity project in the environment) the way a build
 * would, without building: every problem listed, one a line, and exit 1 if any.
 *
 *   npm run validate:content                      # the demo dataset
 *   npm run validate:content -- path/to/data.ndjson
 */
import { resolve } from 'node:path'
import { ContentError, SourceError, buildClock, loadContent, openSource, siteUrlFrom } from '../../site/src/content/index.ts'

const file = process.argv[2]
const env = file ? { ...process.env, DATASET_FILE: resolve(process.env.INIT_CWD ?? process.cwd(), file) } : process.env

try {
  const source = openSource(env)
  const content = await loadContent({ source, now: buildClock(env), siteUrl: siteUrlFrom(env) })
  for (const warning of content.warnings) console.warn(`warning: ${warning}`)
  console.log(`${source.description}: valid.`)
  console.log(`${content.updates.length} published updates, ${content.asks.length} asks, ${content.stories.length} stories on the site, ${content.milestones.length} milestones.`)
} catch (error) {
  if (!(error instanceof ContentError || error instanceof SourceError)) throw error
  console.error(error.message)
  process.exitCode = 1
}
