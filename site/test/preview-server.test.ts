// npm run preview:drafts, for real: Astro's dev server reading "drafts" from the
// Content Lake stub (through a proxy that adds Content Source Maps), as the
// Studio's Presentation tool shows it.
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { stegaClean } from '@sanity/client/stega'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_NOW } from './support/build-site.ts'
import { elements } from './support/html.ts'
import { startPreviewLake, type PreviewLake } from './support/preview-lake.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const DEMO = fileURLToPath(new URL('../../studio/seed/demo/data.ndjson', import.meta.url))
// npm and the scripts it runs find this Node (24) first.
const PATH = `${dirname(process.execPath)}:${process.env.PATH}`

type Doc = { _id: string; _type: string; [field: string]: any }

let lake: PreviewLake
let preview: ChildProcess
let origin: string
let output = ''

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** Vitest's own settings (it sets Vite's MODE, BASE_URL, DEV... in process.env), which would confuse a dev server. */
const TEST_RUNNER_ENV = /^(VITEST.*|TEST|NODE_ENV|MODE|BASE_URL|DEV|PROD|SSR)$/
/** Sanity settings of the shell running the tests. */
const SANITY_ENV = /^(SANITY_.*|DATASET_FILE|SITE_URL)$/

/**
 * Runs `npm run preview:drafts` at the root with this environment, as an editor's shell
 * would: in its own process group, so stopping it stops npm, the shell and the dev server.
 */
function previewDrafts(env: Record<string, string>): ChildProcess {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !TEST_RUNNER_ENV.test(name) && !SANITY_ENV.test(name)))
  return spawn('npm', ['run', '--silent', 'preview:drafts'], { cwd: ROOT, env: { ...inherited, PATH, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
}

/** Stops a preview's whole process group and waits until its leader is gone. */
async function stop(child: ChildProcess): Promise<void> {
  const running = child.exitCode === null && child.signalCode === null
  const stopped = running ? new Promise((resolve) => child.once('exit', resolve)) : undefined
  try {
    process.kill(-child.pid!, 'SIGTERM')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error // ESRCH: the whole group has already gone
  }
  await stopped
}

/**
 * A page from the preview. The dev server restarts itself when a watched file
 * changes (another edit in the working tree, Vite re-bundling a dependency), so a
 * dropped connection is tried again, a few times.
 */
async function page(path: string): Promise<{ status: number; html: string }> {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(new URL(path, origin))
      return { status: response.status, html: await response.text() }
    } catch (error) {
      if (attempt >= 10) throw new Error(`GET ${path} failed: ${(error as Error).message}\n${output}`, { cause: error })
      await new Promise((resolve) => setTimeout(resolve, 1_000))
    }
  }
}

const doc = (id: string) => lake.stub.documents.find((d) => d._id === id) as Doc

beforeAll(async () => {
  lake = await startPreviewLake(DEMO)
  const port = await freePort()
  origin = `http://localhost:${port}`
  preview = previewDrafts({
    SANITY_PROJECT_ID: 'preview',
    SANITY_API_READ_TOKEN: 'viewer-token',
    SANITY_API_HOST: lake.url,
    CAMPAIGN_NOW: TEST_NOW,
    PORT: String(port),
  })
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the preview did not start:\n${output}`)), 120_000)
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Drafts preview on')) {
        clearTimeout(timer)
        resolve()
      }
    }
    preview.stdout!.on('data', read)
    preview.stderr!.on('data', read)
    preview.on('exit', (code) => reject(new Error(`the preview stopped (${code}):\n${output}`)))
  })
  // Ready when it serves the home page (the first request also bundles the overlay's dependencies).
  expect((await page('/')).status, output).toBe(200)
}, 180_000)

afterAll(async () => {
  if (preview) await stop(preview)
  await lake?.close()
})

describe('npm run preview:drafts', () => {
  it('serves pages with click-to-edit text, and slugs and links exactly as stored', async () => {
    const update = lake.stub.documents.find((d) => d._type === 'update' && Date.parse(String(d.publishedAt)) < Date.parse(TEST_NOW)) as Doc
    const { status, html } = await page(`/updates/${update.slug.current}/`)
    expect(status, output).toBe(200)
    const h1 = elements(html).find((e) => e.tag === 'h1')!
    expect(h1.text).not.toBe(update.title)
    expect(stegaClean(h1.text)).toBe(update.title)
    const hrefs = elements(html).flatMap((e) => (e.attrs.href ? [e.attrs.href] : []))
    expect(hrefs).toContain(`/updates/`)
    for (const href of hrefs) expect(stegaClean(href), href).toBe(href)
  }, 60_000)

  it('loads Sanity\'s overlay script on every page', async () => {
    const { html } = await page('/')
    const scripts = elements(html).filter((e) => e.tag === 'script' && e.attrs.src)
    const pageScript = scripts.find((s) => s.attrs.src!.includes('astro:scripts/page'))
    expect(pageScript, scripts.map((s) => s.attrs.src).join(', ')).toBeDefined()
    expect((await page(pageScript!.attrs.src!)).html).toContain('/src/preview/overlay.ts')
    const overlay = (await page('/src/preview/overlay.ts')).html
    expect(overlay).toMatch(/import \{ enableVisualEditing \} from "[^"]*visual-editing/)
  }, 60_000)

  it('shows an editor\'s change on the next page view', async () => {
    const ask = lake.stub.documents.find((d) => d._type === 'ask') as Doc
    const path = `/asks/${ask.slug.current}/`
    expect(stegaClean((await page(path)).html)).toContain(ask.title)
    doc(ask._id).title = 'Specialist nurses for everyone, now'
    const after = stegaClean((await page(path)).html)
    expect(after).toContain('Specialist nurses for everyone, now')
  }, 60_000)

  it('serves a page for a new document and for a renamed slug without a restart', async () => {
    const template = lake.stub.documents.find((d) => d._type === 'update') as Doc
    lake.stub.documents.push({
      ...structuredClone(template),
      _id: 'update-brand-new',
      title: 'A brand new update',
      slug: { _type: 'slug', current: 'a-brand-new-update' },
      publishedAt: '2021-01-14T09:00:00Z',
      relatedAsks: [],
      relatedNations: [],
    })
    const created = await page('/updates/a-brand-new-update/')
    expect(created.status, output).toBe(200)
    expect(stegaClean(created.html)).toContain('A brand new update')

    doc('update-brand-new').slug = { _type: 'slug', current: 'a-renamed-update' }
    expect((await page('/updates/a-renamed-update/')).status).toBe(200)
    expect((await page('/updates/a-brand-new-update/')).status).toBe(404)
  }, 60_000)
})

describe('the perspective the Studio asks for', () => {
  // The demo holds a draft of this update, with its own title.
  const path = '/updates/campaign-one-year-on/'
  const h1 = (html: string) => stegaClean(elements(html).find((e) => e.tag === 'h1')!.text)

  it('shows drafts when the Presentation tool asks for nothing else', async () => {
    expect(h1((await page(path)).html)).toBe('DRAFT One year on: where our campaign stands, and what April could change')
  }, 60_000)

  it('shows the published update when the Presentation tool is switched to "published", on every page after it', async () => {
    const response = await fetch(new URL(`${path}?sanity-preview-perspective=published`, origin))
    const cookie = response.headers.get('set-cookie')!
    expect(h1(await response.text())).toBe('One year on: where our campaign stands')
    // A link followed inside the preview has no parameter: the cookie keeps the choice.
    const next = await fetch(new URL(path, origin), { headers: { cookie: cookie.split(';')[0]! } })
    expect(h1(await next.text())).toBe('One year on: where our campaign stands')
  }, 60_000)

  it('goes back to drafts when the tool switches back', async () => {
    const response = await fetch(new URL(`${path}?sanity-preview-perspective=drafts`, origin))
    expect(h1(await response.text())).toMatch(/^DRAFT One year on/)
  }, 60_000)
})

describe('npm run preview:drafts without its settings', () => {
  it('stops at once and says what to set', async () => {
    const child = previewDrafts({ SANITY_PROJECT_ID: 'preview' })
    let text = ''
    child.stdout!.on('data', (d) => (text += d))
    child.stderr!.on('data', (d) => (text += d))
    const code = await new Promise((resolve) => child.on('exit', resolve))
    await stop(child)
    expect(code).not.toBe(0)
    expect(text).toMatch(/The drafts preview needs SANITY_API_READ_TOKEN/)
  }, 60_000)
})
