import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { TEST_NOW } from './build-site.ts'

/** The demo dataset as raw documents: what the editors wrote, before any rule of ours is applied. */
export type RawDoc = { _id: string; _type: string; [field: string]: any }

const DATASET = fileURLToPath(new URL('../../../studio/seed/demo/data.ndjson', import.meta.url))

/** Every document in the demo dataset, in every language, with the translations' metadata. */
export function allDemoDocuments(): RawDoc[] {
  return readFileSync(DATASET, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
}

/** The English side of the demo dataset (a document with no language is English): what the pages at / are built from. */
export function demoDocuments(): RawDoc[] {
  return allDemoDocuments().filter((d) => (d.language ?? 'en') === 'en' && d._type !== 'translation.metadata')
}

/** The Welsh versions in the demo dataset. */
export function welshDemoDocuments(): RawDoc[] {
  return allDemoDocuments().filter((d) => d.language === 'cy')
}

const published = (d: RawDoc) => !d._id.startsWith('drafts.') && !d._id.startsWith('versions.')
const today = TEST_NOW.slice(0, 10)

/** Stories that must never reach the site at the test clock: consent withdrawn, expired, or not given for the site. */
export function hiddenStories(docs = demoDocuments()): RawDoc[] {
  return docs.filter(
    (d) =>
      d._type === 'story' &&
      published(d) &&
      (d.consent?.withdrawn || (d.consent?.expiresOn && d.consent.expiresOn < today) || !d.consent?.channels?.includes('site')),
  )
}

/** Updates scheduled after the test clock. */
export function scheduledUpdates(docs = demoDocuments()): RawDoc[] {
  return docs.filter((d) => d._type === 'update' && published(d) && Date.parse(d.publishedAt) > Date.parse(TEST_NOW))
}

export const campaignDoc = (docs = demoDocuments()) => docs.find((d) => d._id === 'campaign')!
export const settingsDoc = (docs = demoDocuments()) => docs.find((d) => d._id === 'siteSettings')!
