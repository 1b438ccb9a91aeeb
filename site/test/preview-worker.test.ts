// The hosted preview (npm run build:preview, npm run preview:worker): the built Worker
// in workerd on 127.0.0.1, reading the Studio tests' local Content Lake. Only a
// browser that made Presentation's handshake sees anything.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { stegaClean } from '@sanity/client/stega'
import { vercelStegaDecode } from '@vercel/stega'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ContentLake } from '../../studio/test/support/lake/server.ts'
import { DEMO_DATASET } from '../src/content/source/index.ts'
import { buildSite, TEST_NOW } from './support/build-site.ts'
import { enablePreview, previewSecret, startLake, startPreviewWorker, type RunningPreview } from './support/preview-worker.ts'

const DRAFT_TITLE = 'DRAFT One year on'
const RELEASE_TITLE = 'RELEASE VERSION New cancer data'
const UPDATE = '/updates/campaign-one-year-on/'

let lake: ContentLake
let preview: RunningPreview

beforeAll(async () => {
  lake = await startLake()
  preview = await startPreviewWorker(lake, { CAMPAIGN_NOW: TEST_NOW })
})

afterAll(async () => {
  await preview?.stop()
  await lake?.close()
})

const get = (path: string, cookie?: string) => fetch(new URL(path, preview.origin), { redirect: 'manual', headers: cookie ? { Cookie: cookie } : {} })

function expectPrivate(response: Response) {
  expect(response.headers.get('cache-control')).toBe('private, no-store')
  expect(response.headers.get('x-robots-tag')).toMatch(/^noindex/)
  expect(response.headers.get('content-security-policy')).toBe(`frame-ancestors ${new URL(lake.studioUrl).origin}`)
}

describe('without a preview session', () => {
  it.each(['/', UPDATE, '/rss.xml', '/build.json', '/cy/', '/feed.json'])('%s is 401, says how to open it, and shows no content', async (path) => {
    const response = await get(path)
    const body = await response.text()
    expect(response.status).toBe(401)
    expectPrivate(response)
    expect(body).toContain('Open the preview from the Studio')
    expect(body).not.toContain('One year on')
    expect(body).not.toContain('DRAFT')
    expect(body).not.toMatch(/<item>|"items"|builtAt/)
  })

  it('refuses a forged session cookie', async () => {
    const forged = `campaign-preview-session=${Math.floor(Date.now() / 1000) + 600}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`
    expect((await get(UPDATE, forged)).status).toBe(401)
  })
})

describe('the handshake', () => {
  it('turns a forged secret away with 401 and no cookie', async () => {
    const { response, cookies } = await enablePreview(preview.origin, 'not-the-secret-the-studio-made', UPDATE)
    expect(response.status).toBe(401)
    expectPrivate(response)
    expect(cookies).toEqual([])
    expect(await response.text()).toContain('This preview link has expired')
  })

  it('turns an expired secret away with 401', async () => {
    const secret = await previewSecret(lake)
    // Made more than an hour ago: Presentation's secrets last an hour.
    const doc = lake.documents.all().find((d) => d._type === 'sanity.previewUrlSecret' && d.secret === secret)!
    doc._updatedAt = new Date(Date.now() - 61 * 60_000).toISOString()
    const { response, cookies } = await enablePreview(preview.origin, secret, UPDATE)
    expect(response.status).toBe(401)
    expect(cookies).toEqual([])
  })

  it('with the Studio\'s secret: an HttpOnly, Secure, SameSite=None session, then the page the Studio asked for', async () => {
    const { response, cookies, location } = await enablePreview(preview.origin, await previewSecret(lake), UPDATE)
    expect(response.status).toBe(307)
    expectPrivate(response)
    expect(new URL(location!, preview.origin).pathname).toBe(UPDATE)
    const session = cookies.find((c) => c.startsWith('campaign-preview-session='))!
    expect(session).toMatch(/; HttpOnly/)
    expect(session).toMatch(/; Secure/)
    expect(session).toMatch(/; SameSite=None/)
  })

  it('sends the browser only to a page of the preview itself', async () => {
    const { location } = await enablePreview(preview.origin, await previewSecret(lake), '//elsewhere.example/phish')
    expect(new URL(location!, preview.origin).origin).toBe(preview.origin)
  })

  it('GET /preview/disable ends the session', async () => {
    const response = await get('/preview/disable')
    expect(response.status).toBe(200)
    const cleared = response.headers.getSetCookie()
    expect(cleared.find((c) => c.startsWith('campaign-preview-session='))).toMatch(/Max-Age=0/)
  })
})

describe('with a preview session', () => {
  let cookie: string
  beforeAll(async () => {
    ;({ cookie } = await enablePreview(preview.origin, await previewSecret(lake), UPDATE))
  })

  it('shows the draft, with click-to-edit, privately', async () => {
    const response = await get(UPDATE, cookie)
    const html = await response.text()
    expect(response.status).toBe(200)
    expectPrivate(response)
    expect(html).toContain(DRAFT_TITLE)
    // The title carries its edit link, whole: no marker is left for the overlay to trip on.
    const heading = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)![1]!
    expect(stegaClean(heading)).toContain(DRAFT_TITLE)
    expect(decodeURIComponent((vercelStegaDecode(heading) as { href: string }).href)).toContain('id=update-campaign-one-year-on')
    expect(html).not.toMatch(/\u2060\u2061/)
    // Sanity's overlays, bundled into the page's scripts.
    expect(html).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/)
  })

  it('shows an edit the moment it is saved', async () => {
    const [draft] = lake.documents.all().filter((d) => d._id === 'drafts.update-campaign-one-year-on')
    lake.documents.commit([{ patch: { id: draft!._id, set: { title: 'DRAFT Saved a moment ago' } } }])
    expect(await (await get(UPDATE, cookie)).text()).toContain('DRAFT Saved a moment ago')
    lake.documents.commit([{ patch: { id: draft!._id, set: { title: draft!.title } } }])
  })

  it('keeps what it read while nothing in the dataset changes, and reads afresh after any change', async () => {
    const readsOfUpdates = () => lake.queries.filter(({ query }) => query.includes('_type == "update"')).length
    await get(UPDATE, cookie)
    const before = readsOfUpdates()
    expect(await (await get('/updates/', cookie)).text()).toContain(DRAFT_TITLE)
    expect(readsOfUpdates()).toBe(before)
    // A change to another document (a story's draft) is a change all the same.
    lake.documents.commit([{ createOrReplace: { ...lake.documents.get('story-priya-nurse-specialist')!, _id: 'drafts.story-priya-nurse-specialist', _rev: undefined } }])
    expect(await (await get('/updates/', cookie)).text()).toContain(DRAFT_TITLE)
    expect(readsOfUpdates()).toBeGreaterThan(before)
    lake.documents.commit([{ delete: { id: 'drafts.story-priya-nurse-specialist' } }])
  })

  it('reads an update\'s body when a page shows it, and only the bodies that page shows', async () => {
    const bodyReads = () => lake.queries.filter(({ query }) => query.includes('_id in $ids'))
    const [draft] = lake.documents.all().filter((d) => d._id === 'drafts.update-campaign-one-year-on')
    const saved = [{ _type: 'block', _key: 'saved', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 'saved-text', text: 'A paragraph saved a moment ago.', marks: [] }] }]
    lake.documents.commit([{ patch: { id: draft!._id, set: { body: saved } } }])
    try {
      const before = bodyReads().length
      // A list shows titles and summaries: it reads no body.
      expect(await (await get('/updates/', cookie)).text()).toContain(DRAFT_TITLE)
      expect(bodyReads()).toHaveLength(before)
      // The update's page reads its own body, once, and shows it.
      expect(stegaClean(await (await get(UPDATE, cookie)).text())).toContain('A paragraph saved a moment ago.')
      expect(bodyReads().slice(before).map(({ params }) => params.ids)).toEqual([['update-campaign-one-year-on']])
      await get(UPDATE, cookie)
      expect(bodyReads()).toHaveLength(before + 1)
    } finally {
      lake.documents.commit([{ patch: { id: draft!._id, set: { body: draft!.body } } }])
    }
  })

  it('names in each page the state of the dataset it shows, and tells a session holder the state now', async () => {
    const stampOf = (html: string) => /<meta name="sanity-preview-stamp" content="([^"]+)">/.exec(html)?.[1]
    const now = async () => ((await (await get('/preview/stamp', cookie)).json()) as { stamp: string }).stamp
    const shown = stampOf(await (await get(UPDATE, cookie)).text())
    expect(shown).toBeTruthy()
    expect(await now()).toBe(shown)
    const [draft] = lake.documents.all().filter((d) => d._id === 'drafts.update-campaign-one-year-on')
    lake.documents.commit([{ patch: { id: draft!._id, set: { title: 'DRAFT Saved while the page reloaded' } } }])
    expect(await now()).not.toBe(shown)
    lake.documents.commit([{ patch: { id: draft!._id, set: { title: draft!.title } } }])
    const without = await get('/preview/stamp')
    expect(without.status).toBe(401)
    expect(without.headers.get('cache-control')).toBe('private, no-store')
  })

  it('honours the perspective the Studio asks for, and keeps it for links clicked inside', async () => {
    const published = await get(`${UPDATE}?sanity-preview-perspective=published`, cookie)
    const html = await published.text()
    expect(html).toContain('One year on: where our campaign stands')
    expect(html).not.toContain(DRAFT_TITLE)
    // The browser replaces the perspective cookie with the one this page set.
    const perspective = published.headers.getSetCookie().map((c) => c.split(';')[0]!)
    const kept = [...cookie.split('; ').filter((c) => !c.startsWith('sanity-preview-perspective=')), ...perspective].join('; ')
    expect(await (await get(UPDATE, kept)).text()).not.toContain(DRAFT_TITLE)
    // A release: its version of the April update, over drafts.
    const release = await (await get('/updates/cosd-data-april-2020/?sanity-preview-perspective=rAprilData,drafts', cookie)).text()
    expect(release).toContain(RELEASE_TITLE)
  })

  it('renders feeds and /build.json on request', async () => {
    const rss = await get('/rss.xml', cookie)
    expect(rss.status).toBe(200)
    expectPrivate(rss)
    expect(await rss.text()).toContain(DRAFT_TITLE)
    const status = (await (await get('/build.json', cookie)).json()) as { source: unknown }
    expect(JSON.stringify(status)).not.toContain('sk-local-lake-editor')
  })

  it('answers an address with no page with 404', async () => {
    expect((await get('/updates/no-such-update/', cookie)).status).toBe(404)
  })

  it('never puts the Viewer token in a response or the Worker bundle', async () => {
    for (const path of ['/', UPDATE, '/rss.xml', '/build.json']) expect(await (await get(path, cookie)).text()).not.toContain('sk-local-lake-editor')
  })
})

describe('published content, rendered on request', () => {
  let staticSite: string
  // Built from the demo dataset as a file, as the lake holds it: the bundled demo's sample
  // signatures by place are read only by a build with no source set (demoSite()), never
  // from a Content Lake, where they come from the petition platform.
  beforeAll(async () => {
    const built = await buildSite({ DATASET_FILE: DEMO_DATASET })
    if (built.code !== 0) throw new Error(`The static site did not build:\n${built.stderr}`)
    staticSite = built.outDir
  })

  /** What may differ: the preview's overlay script, dataset stamp and hidden edit links, image addresses (the Worker uses Sanity's image CDN). */
  const comparable = (text: string) =>
    stegaClean(text)
      .replace(/<script type="module" src="\/_astro\/[^"]+"><\/script>/g, '')
      .replace(/<meta name="sanity-preview-stamp" content="[^"]*">/, '')
      .replace(/\/_astro\/([A-Za-z]+)\.[\w-]+\.css/g, '/_astro/$1.css')
      .replace(/(https:\/\/[^/"]+)?\/images\/[^"'\s,)<]*?(?=&quot;|["'\s,)<])/g, 'IMAGE')
      .replace(/ (width|height)="\d+"/g, '')

  it.each([
    ['the home page', '/', 'index.html'],
    ['an ask', '/asks/prompt-diagnosis/', 'asks/prompt-diagnosis/index.html'],
    ['an update', '/updates/campaign-one-year-on/', 'updates/campaign-one-year-on/index.html'],
    ['a Welsh page', '/cy/asks/diagnosis-prydlon/', 'cy/asks/diagnosis-prydlon/index.html'],
    ['the updates feed', '/rss.xml', 'rss.xml'],
  ])('%s is the static build\'s page', async (_, path, file) => {
    const { cookie } = await enablePreview(preview.origin, await previewSecret(lake), path, 'published')
    const response = await get(path, cookie)
    expect(response.status).toBe(200)
    const built = readFileSync(join(staticSite, file), 'utf8')
    expect(comparable(await response.text())).toBe(comparable(built))
  })
})

describe('when the Content Lake cannot be read', () => {
  it('says so in plain words, not an error page', async () => {
    const { cookie } = await enablePreview(preview.origin, await previewSecret(lake), UPDATE)
    // The same Worker settings, but a Content Lake address where nothing answers.
    const unreachable = await startPreviewWorker(lake, { CAMPAIGN_NOW: TEST_NOW, SANITY_API_HOST: 'http://127.0.0.1:9' })
    try {
      const response = await fetch(new URL(UPDATE, unreachable.origin), { headers: { Cookie: cookie } })
      const html = await response.text()
      expect(response.status).toBe(503)
      expect(response.headers.get('cache-control')).toBe('private, no-store')
      expect(html).toContain('The preview cannot reach the content just now')
      expect(html).toContain('Nothing is wrong with your work')
      expect(html).not.toMatch(/\bat [\w.]+ \(|node_modules|sk-local-lake-editor/) // no stack trace, no token
    } finally {
      await unreachable.stop()
    }
  })
})
