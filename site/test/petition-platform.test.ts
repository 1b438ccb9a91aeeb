// The petition count from the petition platform (a stub on 127.0.0.1): read at
// build time when it answers, the stored count with its own date when it does
// not, and never a failed build. Also an ask marked won, seen everywhere it shows.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readPetitionCount } from '../src/content/petition-platform.ts'
import { baseDocuments, withDoc, writeDataset } from './fixtures/dataset.ts'
import { axeOn } from './support/axe.ts'
import { launchChromium } from './support/browser.ts'
import { page, text } from './support/built-pages.ts'
import { buildSite, type BuildResult } from './support/build-site.ts'
import { parliamentPetition, startPetitionStub, type PetitionStub } from './support/petition-stub.ts'
import { serveStatic } from './support/static-server.ts'

const stored = { signatureCount: 61000, countedOn: '2020-02-20', dataUrl: 'https://petition.parliament.uk/petitions/300123.json' }
const now = new Date('2021-01-15T09:07:00Z')

describe('reading the count from the platform', () => {
  let stub: PetitionStub
  beforeAll(async () => {
    stub = await startPetitionStub({ kind: 'json', body: parliamentPetition(104_512) })
  })
  afterAll(() => stub.close())

  it('takes the count, state, thresholds, response and debate when the platform answers', async () => {
    stub.behave({ kind: 'json', body: parliamentPetition(104_512) })
    const { count, warning } = await readPetitionCount(stored, { override: stub.url, now })
    expect(warning).toBeNull()
    expect(count).toMatchObject({ online: 104_512, countedAt: '2021-01-15T09:07:00.000Z', countedBy: '127.0.0.1' })
    expect(count.platform).toMatchObject({
      state: 'closed',
      responseThresholdReachedAt: '2019-10-20T11:12:00.000Z',
      debateThresholdReachedAt: '2020-01-08T16:40:00.000Z',
      governmentResponse: { summary: 'The Government is committed to improving care for everyone with cancer.', respondedOn: '2019-11-12' },
      // A link that is not a web address is dropped, not shown.
      debate: { debatedOn: '2020-02-24', transcriptUrl: 'https://hansard.parliament.uk/commons/2020-02-24/debates/example', videoUrl: null },
    })
  })

  it.each([
    ['a server error', { kind: 'status', status: 503 } as const, /answered 503/],
    ['malformed JSON', { kind: 'text', body: '{"data": {"attrib' } as const, /not petition data/],
    ['JSON that is not a petition', { kind: 'json', body: { data: { attributes: { signature_count: 'lots' } } } } as const, /not petition data/],
  ])('falls back to the stored count on %s, and says why', async (_, behaviour, why) => {
    stub.behave(behaviour)
    const { count, warning } = await readPetitionCount(stored, { override: stub.url, now })
    expect(count).toEqual({ online: 61000, countedAt: '2020-02-20', countedBy: null, platform: null })
    expect(warning).toMatch(why)
    expect(warning).toContain('showing the stored count, 61,000 on 2020-02-20')
  })

  it('gives up on a platform that does not answer in time', async () => {
    stub.behave({ kind: 'hang' })
    const started = Date.now()
    const { count, warning } = await readPetitionCount(stored, { override: stub.url, now, timeoutMs: 300 })
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(count.countedBy).toBeNull()
    expect(warning).toMatch(/no answer within 0.3 s/)
  })

  it('falls back when nothing listens at the address', async () => {
    const { warning } = await readPetitionCount(stored, { override: 'http://127.0.0.1:9/petitions/1.json', now })
    expect(warning).toMatch(/could not be reached/)
  })

  it('asks nothing when the campaign names no address and none is set', async () => {
    const before = stub.requests
    const { count, warning } = await readPetitionCount({ ...stored, dataUrl: null }, { now })
    expect([count.countedBy, warning, stub.requests]).toEqual([null, null, before])
  })
})

describe('the built site, with the platform up and then down', () => {
  let stub: PetitionStub
  let up: BuildResult
  let down: BuildResult
  let browser: Browser | undefined
  const cache = mkdtempSync(join(tmpdir(), 'share-cache-'))

  beforeAll(async () => {
    stub = await startPetitionStub({ kind: 'json', body: parliamentPetition(104_512) })
    let docs = withDoc(baseDocuments(), 'campaign', (c) => ({ ...c, petition: { ...(c.petition as object), dataUrl: stored.dataUrl } }))
    docs = withDoc(docs, 'ask-diagnosis', (a) => ({ ...a, outcome: { won: true, date: '2020-11-30', report: { _type: 'reference', _ref: 'update-launch' } } }))
    const env = { DATASET_FILE: writeDataset(docs), PETITION_DATA_URL: stub.url, SHARE_IMAGE_CACHE: cache }
    up = await buildSite(env)
    stub.behave({ kind: 'status', status: 500 })
    down = await buildSite(env)
  }, 300_000)
  afterAll(async () => {
    await browser?.close()
    await stub?.close()
  })

  it('builds both times', () => {
    expect([up.code, down.code], `${up.stderr}\n${down.stderr}`).toEqual([0, 0])
  })

  it('shows the platform\'s count as text, with when and where it was counted', () => {
    const petition = text(page(up.outDir, '/').querySelector('.petition'))
    expect(petition).toContain('105,712 people have signed')
    expect(petition).toContain('That is 104,512 online and 1,200 on paper, counted at 12:00 on 15 January 2021 from 127.0.0.1.')
    expect(page(up.outDir, '/').querySelector('.petition .meter')).toBeNull() // past the milestone: no bar to show
  })

  it('lists the petition\'s progress as the platform gives it', () => {
    const steps = page(up.outDir, '/').querySelectorAll('.petition-steps li').map(text)
    expect(steps).toEqual([
      'Opened on 1 October 2019.',
      'Reached 10,000 signatures on 20 October 2019: the government must respond.',
      'The government responded on 12 November 2019: The Government is committed to improving care for everyone with cancer.',
      'Reached 100,000 signatures on 8 January 2020: Parliament considers it for a debate.',
      'Parliament debated it on 24 February 2020. MPs debated care for people living with secondary breast cancer. Read the transcript.',
    ])
    expect(text(page(up.outDir, '/').querySelector('.petition-platform'))).toContain('This petition is closed (since 1 April 2020).')
  })

  it('when the platform is down, shows the stored count with its own date and says so in the build log', () => {
    const petition = text(page(down.outDir, '/').querySelector('.petition'))
    expect(petition).toContain('62,200 people have signed')
    expect(petition).toContain('That is 61,000 online and 1,200 on paper, counted on 20 February 2020.')
    expect(page(down.outDir, '/').querySelector('.petition-platform')).toBeNull()
    expect(down.stderr).toContain(`warning: petition count: ${stub.url} gave no count (it answered 500); showing the stored count`)
    expect(up.stderr).not.toContain('petition count')
  })

  it('puts the platform\'s count in the open data, with when and where', async () => {
    const { readFileSync } = await import('node:fs')
    const data = (dir: string) => JSON.parse(readFileSync(join(dir, 'data', 'progress.json'), 'utf8')).petition
    expect(data(up.outDir)).toMatchObject({ onlineSignatures: 104_512, countedAt: '2021-01-15T12:00:00.000Z', countedFrom: '127.0.0.1' })
    expect(data(down.outDir)).toMatchObject({ onlineSignatures: 61_000, countedAt: '2020-02-20', countedFrom: null })
  })

  it('draws again only the share image whose text changed (the home page\'s count)', () => {
    expect(up.stdout).toMatch(/\n(\d+) share images drawn, 0 unchanged ones reused/)
    expect(down.stdout).toMatch(/\n1 share images drawn, \d+ unchanged ones reused/)
  })

  it('shows a won ask as won: on the ask, the tracker, the home page and in the open data', async () => {
    const banner = page(up.outDir, '/asks/prompt-diagnosis/').querySelector('.won')
    expect(text(banner)).toBe('Won We won this ask on 30 November 2020. Read how: We launched the campaign')
    expect(banner?.querySelector('a')?.getAttribute('href')).toBe('/updates/we-launched/')
    expect(text(page(up.outDir, '/asks/').querySelector('.tracker tbody th'))).toBe('Prompt diagnosis Won')
    expect(text(page(up.outDir, '/').querySelector('#asks-heading ~ ol .won'))).toBe('Won on 30 November 2020')
    const { readFileSync } = await import('node:fs')
    const rows = JSON.parse(readFileSync(join(up.outDir, 'data', 'progress.json'), 'utf8')).progress
    expect(rows.filter((r: { askWonOn: string | null }) => r.askWonOn === '2020-11-30')).toHaveLength(2)
  })

  it('passes axe on the won ask, the tracker and the home page with the platform\'s progress, at 375 and 1280 px', async () => {
    const server = await serveStatic(up.outDir)
    browser = await launchChromium()
    try {
      for (const path of ['/', '/asks/', '/asks/prompt-diagnosis/']) {
        for (const width of [375, 1280]) {
          const context = await browser.newContext({ viewport: { width, height: 900 } })
          const p = await context.newPage()
          await p.goto(server.origin + path)
          const { violations } = await axeOn(p).analyze()
          expect(violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(' ')}`), `${path} at ${width}px`).toEqual([])
          await context.close()
        }
      }
    } finally {
      await server.close()
    }
  }, 120_000)
})
