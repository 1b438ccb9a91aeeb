// Where support comes from: the petition's signatures by nation, region and constituency,
// read from a petition platform (a stub on 127.0.0.1) in the UK Parliament's and the
// Senedd's shapes; shown on the home page, the nation pages and /petition/ (two orders),
// and in the open data; left out, with a line in the build log, when there is none.
import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readPetitionCount } from '../src/content/petition-platform.ts'
import { baseDocuments, withDoc, writeDataset } from './fixtures/dataset.ts'
import { axeOn } from './support/axe.ts'
import { launchChromium } from './support/browser.ts'
import { page, text } from './support/built-pages.ts'
import { buildSite, type BuildResult } from './support/build-site.ts'
import { parseCsv } from './support/csv.ts'
import { demoSite } from './support/demo-site.ts'
import { parliamentPetitionWithPlaces, rejectedPetition, seneddPetitionWithPlaces } from './support/petition-places.ts'
import { startPetitionStub, type PetitionStub } from './support/petition-stub.ts'
import { serveStatic } from './support/static-server.ts'

const stored = { signatureCount: 61000, countedOn: '2020-02-20', dataUrl: 'https://petition.parliament.uk/petitions/300123.json' }
const now = new Date('2021-01-15T09:07:00Z')
const places = parliamentPetitionWithPlaces()
const n = (value: number) => value.toLocaleString('en-GB')

describe('reading signatures by place from the platform', () => {
  let stub: PetitionStub
  beforeAll(async () => {
    stub = await startPetitionStub({ kind: 'json', body: places.document })
  })
  afterAll(() => stub.close())

  it('reads a UK Parliament petition: England is the sum of its regions, the others are regions of their own', async () => {
    stub.behave({ kind: 'json', body: places.document })
    const { breakdown, breakdownWarning } = await readPetitionCount(stored, { override: stub.url, now })
    expect(breakdownWarning).toBeNull()
    expect(breakdown).toMatchObject({ countedAt: now.toISOString(), countedBy: '127.0.0.1', constituencyKind: 'westminster', outsideUk: places.expected.outsideUk })
    expect(breakdown!.nations).toEqual(['england', 'scotland', 'wales', 'northern-ireland'].map((nation) => ({ nation, signatures: places.expected.nations[nation] })))
    const england = places.expected.regions.slice(0, 9).reduce((sum, r) => sum + r.signatures, 0)
    expect(breakdown!.nations[0]!.signatures).toBe(england)
    expect(breakdown!.regions.map((r) => [r.name, r.nation, r.signatures])).toEqual(
      places.expected.regions.map((r, i) => [r.name, ['england', 'scotland', 'wales', 'northern-ireland'][Math.max(0, i - 8)], r.signatures]),
    )
  })

  it('keeps every one of 650 constituencies with its ONS code, nation and MP (none between Parliaments), sorted by name', async () => {
    stub.behave({ kind: 'json', body: places.document })
    const { breakdown } = await readPetitionCount(stored, { override: stub.url, now })
    const expected = [...places.expected.constituencies].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    expect(breakdown!.constituencies).toHaveLength(650)
    expect(breakdown!.constituencies.map((c) => [c.name, c.code, c.nation, c.mp, c.signatures])).toEqual(expected.map((c) => [c.name, c.code, c.nation, c.mp, c.signatures]))
    expect(breakdown!.constituencies.filter((c) => c.mp === null)).toHaveLength(13)
  })

  it('reads a Senedd petition: Welsh constituencies and regions by id, no members, all in Wales', async () => {
    const senedd = seneddPetitionWithPlaces()
    stub.behave({ kind: 'json', body: senedd })
    const { count, breakdown } = await readPetitionCount(stored, { override: stub.url, now })
    expect(count.online).toBe(senedd.total + 12)
    expect(breakdown).toMatchObject({ constituencyKind: 'senedd', nations: [{ nation: 'wales', signatures: senedd.total }], outsideUk: 10 })
    expect(breakdown!.regions.map((r) => r.name)).toEqual(['Mid and West Wales', 'North Wales', 'South Wales Central', 'South Wales East', 'South Wales West'])
    expect(breakdown!.constituencies).toHaveLength(40)
    expect(breakdown!.constituencies.every((c) => c.mp === null && c.nation === 'wales' && /^W09/.test(c.code ?? ''))).toBe(true)
  })

  it('has no breakdown for a rejected petition, and says why', async () => {
    stub.behave({ kind: 'json', body: rejectedPetition() })
    const { count, warning, breakdown, breakdownWarning } = await readPetitionCount(stored, { override: stub.url, now })
    expect([count.online, warning, breakdown]).toEqual([1, null, null])
    expect(breakdownWarning).toBe(`petition breakdown: ${stub.url} gave the count but it gives no signatures by region or constituency (a rejected petition has none); signatures by nation, region and constituency are left out`)
  })

  it('takes the count but no breakdown when the places are not in the platform\'s shape', async () => {
    const bad = structuredClone(places.document) as unknown as { data: { attributes: { signatures_by_constituency: { signature_count: unknown }[] } } }
    bad.data.attributes.signatures_by_constituency[3]!.signature_count = 'many'
    stub.behave({ kind: 'json', body: bad })
    const { count, breakdown, breakdownWarning } = await readPetitionCount(stored, { override: stub.url, now })
    expect([count.countedBy, breakdown]).toEqual(['127.0.0.1', null])
    expect(breakdownWarning).toMatch(/not in the e-petitions shape/)
  })

  it('has no breakdown when the platform does not answer, and says so', async () => {
    stub.behave({ kind: 'status', status: 503 })
    const { breakdown, breakdownWarning } = await readPetitionCount(stored, { override: stub.url, now })
    expect(breakdown).toBeNull()
    expect(breakdownWarning).toBe(`petition breakdown: ${stub.url} gave no count, so signatures by nation, region and constituency are left out`)
  })
})

describe('the built site, from a petition signed in 650 constituencies and from a rejected one', () => {
  let stub: PetitionStub
  let signed: BuildResult
  let rejected: BuildResult

  beforeAll(async () => {
    stub = await startPetitionStub({ kind: 'json', body: places.document })
    const docs = withDoc(baseDocuments(), 'campaign', (c) => ({ ...c, petition: { ...(c.petition as object), dataUrl: stored.dataUrl } }))
    const env = { DATASET_FILE: writeDataset(docs), PETITION_DATA_URL: stub.url }
    signed = await buildSite(env)
    stub.behave({ kind: 'json', body: rejectedPetition() })
    rejected = await buildSite(env)
  }, 300_000)
  afterAll(() => stub?.close())

  const rows = (dir: string, path: string, table: string) =>
    page(dir, path)
      .querySelectorAll(`${table} tbody tr`)
      .map((tr) => tr.querySelectorAll('th, td').map(text))

  it('builds both times', () => {
    expect([signed.code, rejected.code], `${signed.stderr}\n${rejected.stderr}`).toEqual([0, 0])
    expect(signed.stderr).not.toContain('petition breakdown')
  })

  it('says how many signed in each nation on /petition/, with when and where it was counted', () => {
    const petition = page(signed.outDir, '/petition/')
    expect(text(petition.querySelector('h1'))).toBe('Where support comes from')
    expect(text(petition.querySelector('main'))).toContain('Counted at 12:00 on 15 January 2021 from 127.0.0.1.')
    expect(rows(signed.outDir, '/petition/', '#nations-heading ~ .support__parts table')).toEqual([
      ['England', n(places.expected.nations.england!)],
      ['Scotland', n(places.expected.nations.scotland!)],
      ['Wales', n(places.expected.nations.wales!)],
      ['Northern Ireland', n(places.expected.nations['northern-ireland']!)],
    ])
    // The base campaign has pages for England and Scotland only: those nations link to them.
    expect(petition.querySelectorAll('#nations-heading ~ .support__parts a').map((a) => a.getAttribute('href'))).toEqual(['/nations/england/', '/nations/scotland/'])
    expect(text(petition.querySelector('#nations-heading')?.parentNode)).toContain(`${n(366)} people signed from outside the UK.`)
    expect(rows(signed.outDir, '/petition/', '#regions-heading ~ table')).toEqual(places.expected.regions.map((r) => [r.name, n(r.signatures)]))
  })

  it('lists every constituency with its MP and count, by name on /petition/ and most first on /petition/by-count/', () => {
    const byName = rows(signed.outDir, '/petition/', '.support-table--constituencies')
    const byCount = rows(signed.outDir, '/petition/by-count/', '.support-table--constituencies')
    const nations: Record<string, string> = { england: 'England', scotland: 'Scotland', wales: 'Wales', 'northern-ireland': 'Northern Ireland' }
    const expected = places.expected.constituencies.map((c) => [c.name, nations[c.nation]!, c.mp ?? 'No MP at present', n(c.signatures)])
    expect(byName).toEqual([...expected].sort((a, b) => a[0]!.localeCompare(b[0]!, 'en-GB')))
    const counts = byCount.map((r) => Number(r[3]!.replace(/,/g, '')))
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    expect(new Set(byCount.map((r) => r.join('|')))).toEqual(new Set(byName.map((r) => r.join('|'))))
  })

  it('offers the other order as a link, and marks the one shown', () => {
    const order = (path: string) => page(signed.outDir, path).querySelector('.support__order')!
    expect(order('/petition/').querySelectorAll('a').map((a) => [text(a), a.getAttribute('href')])).toEqual([['number of signatures', '/petition/by-count/#constituencies']])
    expect(text(order('/petition/').querySelector('strong'))).toBe('name (shown)')
    expect(order('/petition/by-count/').querySelectorAll('a').map((a) => [text(a), a.getAttribute('href')])).toEqual([['name', '/petition/#constituencies']])
    expect(text(page(signed.outDir, '/petition/by-count/').querySelector('.support-table--constituencies caption'))).toBe('Signatures in each constituency, most signatures first')
  })

  it('ends with "Write to your MP" through WriteToThem', () => {
    const form = page(signed.outDir, '/petition/').querySelectorAll('main section').at(-1)!
    expect(text(form.querySelector('h2'))).toBe('Write to your MP')
    expect(form.querySelector('form')?.getAttribute('action')).toBe('https://www.writetothem.com/')
    expect(form.querySelector('input[name="a"]')?.getAttribute('value')).toBe('WMC')
  })

  it('says each nation\'s count on the home page and on its own page, as text beside the chart', () => {
    const home = page(signed.outDir, '/').querySelector('.support')!
    expect(home.querySelectorAll('.support__nations li').map(text)).toEqual([
      `${n(places.expected.nations.england!)} in England`,
      `${n(places.expected.nations.scotland!)} in Scotland`,
      `${n(places.expected.nations.wales!)} in Wales`,
      `${n(places.expected.nations['northern-ireland']!)} in Northern Ireland`,
    ])
    expect(home.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true')
    expect(home.querySelector('a')?.getAttribute('href')).toBe('/petition/')
    const scotland = page(signed.outDir, '/nations/scotland/').querySelector('.support')!
    expect(text(scotland.querySelector('.support__count'))).toBe(`${n(places.expected.nations.scotland!)} people in Scotland have signed the petition.`)
    expect(text(scotland.querySelector('.support__counted'))).toBe('Counted at 12:00 on 15 January 2021 from 127.0.0.1.')
  })

  it('keeps /petition/ with 650 constituencies within the page-weight budget (60 KB of HTML and CSS, gzipped)', () => {
    for (const path of ['petition/index.html', 'petition/by-count/index.html']) {
      const html = readFileSync(join(signed.outDir, path), 'utf8')
      const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].reduce(
        (sum, m) => sum + gzipSync(readFileSync(join(signed.outDir, m[1]!))).length,
        0,
      )
      const weight = gzipSync(html, { level: 9 }).length + css
      console.log(`${path}: ${weight} bytes of HTML and CSS, gzipped, with 650 constituencies`)
      expect(weight).toBeLessThanOrEqual(60 * 1024)
    }
  })

  it('publishes every constituency as CSV, with when and where it was counted', () => {
    const [header, ...lines] = parseCsv(readFileSync(join(signed.outDir, 'data', 'signatures.csv'), 'utf8'))
    expect(header).toEqual(['constituency', 'code', 'nation', 'parliament', 'mp', 'signatures', 'counted_at', 'counted_from'])
    expect(lines).toHaveLength(650)
    const byCode = new Map(lines.map((l) => [l[1], l]))
    for (const c of places.expected.constituencies) {
      expect(byCode.get(c.code)).toEqual([c.name, c.code, c.nation, 'westminster', c.mp ?? '', String(c.signatures), '2021-01-15T12:00:00.000Z', '127.0.0.1'])
    }
  })

  it('puts each nation\'s count in /data/progress.json and .csv, with when and where', () => {
    const json = JSON.parse(readFileSync(join(signed.outDir, 'data', 'progress.json'), 'utf8'))
    expect(json.petition.byNation).toEqual({
      countedAt: '2021-01-15T12:00:00.000Z',
      countedFrom: '127.0.0.1',
      nations: Object.entries(places.expected.nations).map(([nationSlug, signatures]) => ({ nationSlug, signatures })),
      outsideUk: 366,
    })
    const [header, ...lines] = parseCsv(readFileSync(join(signed.outDir, 'data', 'progress.csv'), 'utf8'))
    const records = lines.map((l) => Object.fromEntries(header!.map((h, i) => [h, l[i]])))
    expect(records.map((r) => [r.nation_slug, r.petition_nation_signatures, r.petition_nation_counted_at, r.petition_nation_counted_from])).toEqual(
      json.progress.map((p: { nationSlug: string }) => [p.nationSlug, String(places.expected.nations[p.nationSlug]), '2021-01-15T12:00:00.000Z', '127.0.0.1']),
    )
  })

  it('leaves every part out for a rejected petition, never empty, and says why in the build log', () => {
    expect(existsSync(join(rejected.outDir, 'petition'))).toBe(false)
    expect(existsSync(join(rejected.outDir, 'data', 'signatures.csv'))).toBe(false)
    expect(page(rejected.outDir, '/').querySelector('.support')).toBeNull()
    expect(page(rejected.outDir, '/nations/england/').querySelector('.support')).toBeNull()
    expect(JSON.parse(readFileSync(join(rejected.outDir, 'data', 'progress.json'), 'utf8')).petition.byNation).toBeNull()
    const csv = parseCsv(readFileSync(join(rejected.outDir, 'data', 'progress.csv'), 'utf8'))
    expect(new Set(csv.slice(1).map((l) => l.slice(-3).join('|')))).toEqual(new Set(['||']))
    expect(rejected.stderr).toContain('petition breakdown: ')
    expect(rejected.stderr).toContain('(a rejected petition has none); signatures by nation, region and constituency are left out')
    // The count itself still comes from the platform.
    expect(text(page(rejected.outDir, '/').querySelector('.petition'))).toContain('from 127.0.0.1')
  })
})

describe('the built site, from a Senedd petition', () => {
  let stub: PetitionStub
  let built: BuildResult
  const senedd = seneddPetitionWithPlaces()

  beforeAll(async () => {
    stub = await startPetitionStub({ kind: 'json', body: senedd })
    const docs = withDoc(baseDocuments(), 'campaign', (c) => ({ ...c, petition: { ...(c.petition as object), dataUrl: 'https://petitions.senedd.wales/petitions/245001.json' } }))
    built = await buildSite({ DATASET_FILE: writeDataset(docs), PETITION_DATA_URL: stub.url })
  }, 300_000)
  afterAll(() => stub?.close())

  it('shows Wales alone, the Senedd\'s regions and constituencies without an MP column, and writes to MSs', () => {
    expect(built.code, built.stderr).toBe(0)
    const petition = page(built.outDir, '/petition/')
    expect(petition.querySelectorAll('#nations-heading ~ .support__parts tbody tr').map((tr) => tr.querySelectorAll('th, td').map(text))).toEqual([['Wales', n(senedd.total)]])
    expect(text(petition.querySelector('#regions-heading ~ table caption'))).toBe('Signatures in each of the Senedd’s electoral regions')
    expect(petition.querySelectorAll('.support-table--constituencies thead th').map(text)).toEqual(['Constituency', 'Signatures'])
    expect(petition.querySelectorAll('.support-table--constituencies tbody tr')).toHaveLength(40)
    expect(text(petition.querySelector('#constituencies ~ p'))).toMatch(/constituencies of the Senedd/)
    expect(text(petition.querySelector('#write-heading'))).toBe('Write to your MSs')
    expect(page(built.outDir, '/').querySelectorAll('.support__nations li').map(text)).toEqual([`${n(senedd.total)} in Wales`])
    // The base campaign's nation pages are England and Scotland: neither has a count of its own here.
    expect(page(built.outDir, '/nations/england/').querySelector('.support')).toBeNull()
    const [header, first] = parseCsv(readFileSync(join(built.outDir, 'data', 'signatures.csv'), 'utf8'))
    expect(Object.fromEntries(header!.map((h, i) => [h, first![i]]))).toMatchObject({ constituency: 'Senedd seat 1', code: 'W09000001', nation: 'wales', parliament: 'senedd', mp: '' })
  })
})

describe('the demo site\'s pages by place (its stored sample breakdown)', () => {
  let dir: string
  let browser: Browser | undefined
  beforeAll(async () => {
    dir = await demoSite()
  }, 300_000)
  afterAll(async () => {
    await browser?.close()
  })

  it('shows the sample figures in English and Welsh, dated as the stored count', () => {
    const demo = JSON.parse(readFileSync(join(import.meta.dirname, '../../studio/seed/demo/petition-breakdown.json'), 'utf8'))
    const wales = demo.data.attributes.signatures_by_region.find((r: { name: string }) => r.name === 'Wales').signature_count
    expect(text(page(dir, '/nations/wales/').querySelector('.support__count'))).toBe(`${n(wales)} people in Wales have signed the petition.`)
    expect(text(page(dir, '/cy/petition/').querySelector('main'))).toContain('Wedi’u cyfrif ar 2 Mawrth 2020.')
    expect(rows(dir, '/cy/petition/', '#nations-heading ~ .support__parts table').find((r) => r[0] === 'Cymru')).toEqual(['Cymru', n(wales)])
    expect(page(dir, '/petition/').querySelectorAll('.support-table--constituencies tbody tr')).toHaveLength(demo.data.attributes.signatures_by_constituency.length)
  })

  it('passes axe on /petition/ and /cy/petition/ (and the home and a nation page), at 375 and 1280 px', async () => {
    const server = await serveStatic(dir)
    browser = await launchChromium()
    try {
      for (const path of ['/petition/', '/cy/petition/', '/petition/by-count/', '/', '/nations/wales/']) {
        for (const width of [375, 1280]) {
          const context = await browser.newContext({ viewport: { width, height: 900 } })
          const p = await context.newPage()
          await p.goto(server.origin + path)
          const { violations } = await axeOn(p).analyze()
          expect(violations.map((v) => `${v.id} ${v.nodes.map((node) => node.target).join(' ')}`), `${path} at ${width}px`).toEqual([])
          // Nothing wider than the screen: the constituency table folds into two lines a row on a phone.
          expect(await p.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width}px`).toBeLessThanOrEqual(width)
          await context.close()
        }
      }
    } finally {
      await server.close()
    }
  }, 180_000)

  const rows = (site: string, path: string, table: string) =>
    page(site, path)
      .querySelectorAll(`${table} tbody tr`)
      .map((tr) => tr.querySelectorAll('th, td').map(text))
})
