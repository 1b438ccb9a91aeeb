import { loadContent } from '../content/load.ts'
import type { RichText, SiteContent } from '../content/model.ts'
import { ContentError, type ContentProblem } from '../content/problems.ts'
import { updateBodiesQuery, updatesQuery, updatesWithoutBodiesQuery } from '../content/queries.ts'
import { updateBodySchema } from '../content/schemas.ts'
import { openSanity } from '../content/source/sanity.ts'
import type { ContentSource } from '../content/source/types.ts'
import { validateMany } from '../content/steps/validate.ts'
import { previewSettings, type PreviewPerspective } from './settings.ts'
import { EditLinks } from './edit-links.ts'

export interface PreviewLoadOptions {
  env: NodeJS.ProcessEnv
  now: Date
  siteUrl: URL
  /** What the Studio's Presentation tool asked to see; drafts by default. */
  perspective?: PreviewPerspective
  /**
   * `on-demand`: every update comes without its body, and pages get bodies from
   * readUpdateBodies as they show them (the hosted preview: a Worker's memory holds a
   * campaign's list, not all its text). `with-content` by default.
   */
  updateBodies?: 'with-content' | 'on-demand'
  /** Where the text's edit links are noted; by default their whole links go in at once (see EditLinks). */
  editLinks?: EditLinks
}

/**
 * The preview's content: drafts (or the perspective the Studio asked for) from the
 * Content Lake, checked exactly as a build checks them, with edit links in the text
 * readers see.
 */
export async function loadPreviewContent({ env, now, siteUrl, perspective = 'drafts', updateBodies = 'with-content', editLinks }: PreviewLoadOptions): Promise<SiteContent> {
  const links = editLinks ?? new EditLinks(previewSettings(env).studioUrl, 'encoded')
  const lake = openPreviewLake(env, perspective, links)
  const content = await loadContent({ source: updateBodies === 'on-demand' ? withoutUpdateBodies(lake) : lake, now, siteUrl })
  // Each language's edition holds its own copies of the text.
  for (const language of content.languages) links.markContent(content.edition(language))
  return content
}

/**
 * The bodies of some updates, by id, checked as a build checks them (a problem names
 * the update and its field), with edit links. An id the Content Lake no longer has
 * gets an empty body: the page it was asked for shows none.
 */
export async function readUpdateBodies(env: NodeJS.ProcessEnv, perspective: PreviewPerspective, ids: readonly string[], links: EditLinks): Promise<Map<string, RichText>> {
  const problems: ContentProblem[] = []
  const found = validateMany(updateBodySchema, await openPreviewLake(env, perspective, links).fetch(updateBodiesQuery, { ids }), problems)
  if (problems.length) throw new ContentError(problems)
  const bodies = new Map<string, RichText>(ids.map((id) => [id, []]))
  for (const update of found) {
    links.markIn(update.body, ['updates', 'body'])
    bodies.set(update._id, update.body)
  }
  return bodies
}

/**
 * What the dataset is now, in one small query: how many documents (every version,
 * drafts and releases too) and the revision of the one changed last. Any save,
 * publish, discard or delete changes it, so content read under the same stamp is
 * still what the Content Lake holds.
 */
export async function datasetStamp(env: NodeJS.ProcessEnv): Promise<string> {
  return JSON.stringify(await openPreviewLake(env, 'raw').fetch(DATASET_STAMP))
}

const DATASET_STAMP = `{"documents": count(*), "changed": *[defined(_updatedAt)] | order(_updatedAt desc, _id asc)[0]{_id, _rev}}`

/** The Content Lake as the preview reads it, with the Viewer token; with `links`, noting where its text is edited. */
function openPreviewLake(env: NodeJS.ProcessEnv, perspective: PreviewPerspective | 'raw', links?: EditLinks): ContentSource {
  const settings = previewSettings(env)
  return openSanity({
    projectId: settings.projectId,
    dataset: settings.dataset,
    perspective,
    token: settings.token,
    apiHost: settings.apiHost,
    stega: links?.stega(),
    maxRetries: 1, // an editor is waiting
  })
}

/** The same source, answering the content layer's updates query without the bodies. */
function withoutUpdateBodies(source: ContentSource): ContentSource {
  return {
    description: source.description,
    images: source.images,
    fetch: (query, params) => source.fetch(query === updatesQuery ? updatesWithoutBodiesQuery : query, params),
  }
}
