import { SourceError } from '../problems.ts'
import type { ContentSource } from './types.ts'

/**
 * What an anonymous reader of the dataset can see, in one query. Stories are
 * health information about identifiable people, and scheduled updates are
 * embargoed: neither may be one request away from anyone who knows the project id
 * (every image URL on the site carries it). System documents (image assets) are
 * left out of the total: their files are public on the CDN in any case.
 */
export const EXPOSURE_QUERY = `{
  "documents": count(*[!(_id in path("_.**")) && !(_type in ["sanity.imageAsset", "sanity.fileAsset"])]),
  "stories": count(*[_type == "story"]),
  "scheduled": count(*[_type == "update" && dateTime(publishedAt) > dateTime(now())])
}`

type Exposure = { documents?: number; stories?: number; scheduled?: number }

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * Asks the Content Lake, without a token, what it would show anyone. A private
 * dataset shows nothing (or refuses: 401/403) and the build goes on. A public one
 * holding stories or scheduled updates stops the build before a page is written;
 * a public one with neither is allowed, with a warning.
 */
export async function checkDatasetPrivacy(anonymous: ContentSource, projectId: string, dataset: string): Promise<string[]> {
  let exposure: Exposure
  try {
    exposure = ((await anonymous.fetch(EXPOSURE_QUERY)) ?? {}) as Exposure
  } catch (error) {
    const status = ((error as { cause?: { statusCode?: number } }).cause)?.statusCode
    if (status === 401 || status === 403) return []
    throw error
  }
  const { documents = 0, stories = 0, scheduled = 0 } = exposure
  if (!documents) return []
  const fix = `npx sanity dataset visibility set ${dataset} private`
  if (stories || scheduled) {
    const exposed = [
      stories && `${plural(stories, 'story', 'stories')} (supporters' names, ages, places and health)`,
      scheduled && `${plural(scheduled, 'scheduled update', 'scheduled updates')} (embargoed until their publish date)`,
    ].filter(Boolean)
    throw new SourceError(
      `The Sanity dataset "${dataset}" (project ${projectId}) is public: anyone who knows the project id can read it without a token, ` +
        `including ${exposed.join(' and ')}.\n` +
        `Make it private:  ${fix}\n` +
        `then give the build a Viewer token in SANITY_API_READ_TOKEN (sanity.io/manage → API → Tokens). Nothing was built.`,
    )
  }
  return [
    `the Sanity dataset "${dataset}" (project ${projectId}) is public: anyone can read its ${plural(documents, 'document', 'documents')} without a token. ` +
      `It holds no stories or scheduled updates yet; make it private before it does: ${fix}`,
  ]
}
