import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEMO_DATASET } from '../src/content/source/index.ts'
import { demoSite } from './support/demo-site.ts'
import { readTextFiles, treeHash } from './support/tree-hash.ts'

type Doc = { _id: string; _type: string; title?: string; slug?: { current?: string }; publishedAt?: string; consent?: { withdrawn?: boolean; expiresOn?: string } }

const docs: Doc[] = readFileSync(DEMO_DATASET, 'utf8').trim().split('\n').map((line) => JSON.parse(line))
const TEST_DAY = '2021-01-15' // the test clock (support/build-site.ts)

/** Everything in the demo dataset that must never be published, found by what it is rather than by name. */
const neverPublished = docs.filter(
  (d) =>
    d._id.startsWith('drafts.') ||
    d._id.startsWith('versions.') ||
    (d._type === 'update' && d.publishedAt! > `${TEST_DAY}T12:00:00Z`) ||
    (d._type === 'story' && (d.consent?.withdrawn || (d.consent?.expiresOn && d.consent.expiresOn <= TEST_DAY))),
)

let site: Map<string, string>

beforeAll(async () => {
  const dir = await demoSite()
  site = readTextFiles(dir)
  // The search index is gzipped; read it as the browser would.
  for (const path of treeHash(dir).keys()) {
    if (path.endsWith('.pf_fragment')) site.set(path, gunzipSync(readFileSync(`${dir}/${path}`)).toString('utf8'))
  }
}, 300_000)

describe('content that must never be published', () => {
  it('the demo dataset holds a draft, a release version, a scheduled update, a withdrawn and an expired story', () => {
    const kinds = neverPublished.map((d) => (d._id.split('.')[0] === d._id ? d._type : d._id.split('.')[0]))
    expect(kinds).toEqual(expect.arrayContaining(['drafts', 'versions', 'update', 'story']))
    expect(neverPublished.filter((d) => d._type === 'story')).toHaveLength(2)
  })

  it('appears nowhere in the built site: pages, feeds, sitemap or search index', () => {
    expect(site.size).toBeGreaterThan(20)
    for (const doc of neverPublished) {
      for (const [path, text] of site) {
        expect(text.includes(doc.title!), `"${doc.title}" (${doc._id}) in ${path}`).toBe(false)
        // Drafts share their published document's slug; for the others the slug must not appear either.
        const slug = doc.slug?.current
        if (slug && !doc._id.startsWith('drafts.') && !doc._id.startsWith('versions.')) {
          expect(text.includes(`/${slug}/`), `link to ${doc._id} in ${path}`).toBe(false)
        }
      }
    }
  })
})
