// From reading to doing, in the built demo site: writing to a representative, the
// tracker at a glance, the open data, share images and old updates.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { htmlFiles, page, text, urlPath } from './support/built-pages.ts'
import { TEST_NOW, TEST_SITE_URL } from './support/build-site.ts'
import { parseCsv } from './support/csv.ts'
import { demoDocuments, scheduledUpdates, settingsDoc, type RawDoc } from './support/demo-dataset.ts'
import { demoSite } from './support/demo-site.ts'
import { headersFor, parseCsp, parseHeaders } from './support/headers-file.ts'

let dir: string
let docs: RawDoc[]

beforeAll(async () => {
  dir = await demoSite()
  docs = demoDocuments()
})

const asks = () => docs.filter((d) => d._type === 'ask' && !d._id.includes('.')).sort((a, b) => a.order - b.order)
const nations = () => docs.filter((d) => d._type === 'nation' && !d._id.includes('.')).sort((a, b) => a.order - b.order)
const formOn = (path: string) => page(dir, path).querySelector('.write form')!
const hidden = (form: ReturnType<typeof formOn>, name: string) => form.querySelector(`input[type="hidden"][name="${name}"]`)?.getAttribute('value')

describe('write to your representative', () => {
  it('on an ask, is a GET form to WriteToThem with the postcode, a choice of who (MP first) and where the letter came from', () => {
    for (const ask of asks()) {
      const path = `/asks/${ask.slug.current}/`
      const form = formOn(path)
      expect(form.getAttribute('method')).toBe('get')
      expect(form.getAttribute('action')).toBe('https://www.writetothem.com/')
      const postcode = form.querySelector('input[name="pc"]')!
      expect(postcode.getAttribute('autocomplete')).toBe('postal-code')
      expect(text(form.querySelector(`label[for="${postcode.id}"]`))).toBe('Your postcode')
      const radios = form.querySelectorAll('input[type="radio"][name="a"]')
      expect(radios.map((r) => r.getAttribute('value'))).toEqual(['WMC', 'SPC,SPE', 'WAC', 'NIE'])
      expect(radios.filter((r) => r.hasAttribute('checked')).map((r) => r.getAttribute('value'))).toEqual(['WMC'])
      for (const radio of radios) expect(text(form.querySelector(`label[for="${radio.id}"]`))).not.toBe('')
      expect(text(form.querySelector('legend'))).toBe('Who do you want to write to?')
      expect(hidden(form, 'fyr_extref')).toBe(new URL(path, TEST_SITE_URL).href)
    }
  })

  it('on a nation\'s page, writes to that nation\'s own parliament (England: the MP)', () => {
    const codes: Record<string, string> = { england: 'WMC', scotland: 'SPC,SPE', wales: 'WAC', 'northern-ireland': 'NIE' }
    const headings: Record<string, string> = { england: 'your MP', scotland: 'your MSPs', wales: 'your MSs', 'northern-ireland': 'your MLAs' }
    expect(nations().map((n) => n.slug.current)).toEqual(Object.keys(codes))
    for (const [slug, code] of Object.entries(codes)) {
      const path = `/nations/${slug}/`
      const form = formOn(path)
      expect(form.getAttribute('action')).toBe('https://www.writetothem.com/')
      expect(form.querySelectorAll('input[name="a"]').map((i) => i.getAttribute('value'))).toEqual([code])
      expect(hidden(form, 'fyr_extref')).toBe(new URL(path, TEST_SITE_URL).href)
      expect(form.querySelector('input[name="pc"]')).not.toBeNull()
      expect(text(page(dir, path).querySelector('#write-heading'))).toBe(`Write to ${headings[slug]}`)
    }
  })

  it('shows each ask\'s "what to say" points beside the form, as points', () => {
    for (const ask of asks()) {
      const points = page(dir, `/asks/${ask.slug.current}/`).querySelectorAll('.write__points li').map(text)
      expect(points).toEqual(ask.talkingPoints ?? [])
    }
    expect(asks().every((a) => a.talkingPoints?.length > 0)).toBe(true)
  })

  it('lets forms go only to the site, WriteToThem and the sign-up provider', () => {
    const formAction = (file: string) => parseCsp(headersFor(parseHeaders(readFileSync(file, 'utf8')), '/')['content-security-policy'] ?? '').get('form-action')
    expect(formAction(join(import.meta.dirname, '..', 'public', '_headers'))).toEqual(["'self'", 'https://www.writetothem.com'])
    const provider = new URL(settingsDoc(docs).newsletter.formAction).origin
    expect(formAction(join(dir, '_headers'))).toEqual(["'self'", 'https://www.writetothem.com', provider])
  })
})

describe('the tracker at a glance on /asks/', () => {
  it('is one table: a row per ask, a column per nation, each cell the status in words linking to that nation on the ask', () => {
    const table = page(dir, '/asks/').querySelector('table.tracker')!
    expect(table.querySelectorAll('thead th').map(text)).toEqual(['Ask', ...nations().map((n) => n.name)])
    const rows = table.querySelectorAll('tbody tr')
    expect(rows.map((r) => text(r.querySelector('th a')))).toEqual(asks().map((a) => a.title))
    rows.forEach((row, i) => {
      const ask = asks()[i]!
      const askPage = page(dir, `/asks/${ask.slug.current}/`)
      const cells = row.querySelectorAll('td')
      expect(cells).toHaveLength(nations().length)
      cells.forEach((cell, j) => {
        const nation = nations()[j]!
        const link = cell.querySelector('a')!
        const [path, anchor] = link.getAttribute('href')!.split('#')
        expect(path).toBe(`/asks/${ask.slug.current}/`)
        // The status the ask's own page gives for this nation, in the row the link points to.
        const target = askPage.getElementById(anchor!)
        expect(text(target?.querySelector('th'))).toBe(nation.name)
        expect(text(link)).toBe(`${ask.title} in ${nation.name}: ${text(target?.querySelector('.status'))}`)
        expect(cell.querySelector('.dot')?.getAttribute('aria-hidden')).toBe('true')
      })
    })
  })

  it('links to the open data with the licence line, CC BY 4.0 when the campaign sets none', () => {
    const line = page(dir, '/asks/').querySelector('.open-data')!
    expect(line.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(expect.arrayContaining(['/data/progress.csv', '/data/progress.json']))
    expect(settingsDoc(docs).dataLicence).toBeUndefined()
    expect(line.querySelector('a[rel~="license"]')?.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/')
    expect(text(line)).toContain('Free to reuse under CC BY 4.0, crediting Secondary Voices Breast Cancer Charity.')
  })
})

describe('open data: /data/progress.json and /data/progress.csv', () => {
  const json = () => JSON.parse(readFileSync(join(dir, 'data', 'progress.json'), 'utf8'))
  const csv = () => parseCsv(readFileSync(join(dir, 'data', 'progress.csv'), 'utf8'))

  it('has a schema version, when it was made, the licence, and a row per ask and nation', () => {
    const data = json()
    expect(data.schemaVersion).toBe(1)
    expect(data.generatedAt).toBe(new Date(TEST_NOW).toISOString())
    expect(data.licence).toEqual({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' })
    expect(data.progress).toHaveLength(asks().length * nations().length)
    expect(data.petition).toMatchObject({ onlineSignatures: 61342, paperSignatures: 2875, totalSignatures: 64217, countedAt: '2020-03-02', countedFrom: null })
    // The demo's stored sample breakdown, dated as the stored count (site/test/petition-breakdown.test.ts tests it).
    expect(data.petition.byNation).toMatchObject({ countedAt: '2020-03-02', countedFrom: null })
    expect(data.petition.byNation.nations.map((n: { nationSlug: string }) => n.nationSlug)).toEqual(['england', 'scotland', 'wales', 'northern-ireland'])
  })

  it('agrees with what the ask pages say', () => {
    for (const row of json().progress) {
      const tr = page(dir, `/asks/${row.askSlug}/`).getElementById(`in-${row.nationSlug}`)!
      expect(text(tr.querySelector('th'))).toBe(row.nation)
      expect(text(tr.querySelector('.status'))).toBe(row.statusLabel)
      expect(text(tr.querySelector('[data-label="Minister met"]'))).toBe(row.ministerMet ?? '')
      expect(tr.querySelector('time')?.getAttribute('datetime') ?? null).toBe(row.date)
      if (row.sourceUrl) expect(tr.querySelector(`.source a[href="${row.sourceUrl}"]`), `${row.askSlug} ${row.nation}`).not.toBeNull()
      expect(row.askUrl).toBe(new URL(`/asks/${row.askSlug}/`, TEST_SITE_URL).href)
    }
  })

  it('gives the same rows as CSV, with the petition count and when and where it was counted', () => {
    const [header, ...rows] = csv()
    expect(header).toEqual([
      'ask_slug', 'ask_title', 'ask_url', 'ask_won_on', 'nation_slug', 'nation', 'status', 'status_label', 'date',
      'minister_met', 'note', 'source_title', 'source_url', 'petition_total_signatures', 'petition_counted_at', 'petition_counted_from',
      'petition_nation_signatures', 'petition_nation_counted_at', 'petition_nation_counted_from',
    ])
    const records = rows.map((r) => Object.fromEntries(header!.map((name, i) => [name, r[i]])))
    expect(records.map((r) => [r.ask_slug, r.nation, r.status, r.date, r.minister_met, r.note, r.source_url])).toEqual(
      json().progress.map((p: RawDoc) => [p.askSlug, p.nation, p.status, p.date ?? '', p.ministerMet ?? '', p.note ?? '', p.sourceUrl ?? '']),
    )
    expect(new Set(records.map((r) => `${r.petition_total_signatures} ${r.petition_counted_at} ${r.petition_counted_from}`))).toEqual(new Set(['64217 2020-03-02 ']))
  })
})

describe('share images', () => {
  const imageOf = (file: string) => page(dir, urlPath(file)).querySelector('meta[property="og:image"]')!.getAttribute('content')!

  it('gives every page its own 1200 x 630 PNG, made at build time', async () => {
    const files = htmlFiles(dir)
    for (const file of files) {
      const url = imageOf(file)
      expect(url, file).toMatch(new RegExp(`^${TEST_SITE_URL}og/[0-9a-f]{20}\\.png$`))
      const meta = await sharp(join(dir, new URL(url).pathname)).metadata()
      expect([meta.format, meta.width, meta.height], file).toEqual(['png', 1200, 630])
    }
  })

  it('differs between pages: an ask, an update and the home page each draw their own', () => {
    const ask = imageOf('asks/prompt-diagnosis/index.html')
    const otherAsk = imageOf('asks/nhs-plans/index.html')
    const update = imageOf('updates/petition-handed-in/index.html')
    const home = imageOf('index.html')
    expect(new Set([ask, otherAsk, update, home]).size).toBe(4)
    const bytes = (url: string) => readFileSync(join(dir, new URL(url).pathname)).toString('base64')
    expect(new Set([ask, otherAsk, update, home].map(bytes)).size).toBe(4)
    // Its text, for those who cannot see it: the ask's four nation statuses, the home page's count.
    const alt = (file: string) => page(dir, urlPath(file)).querySelector('meta[property="og:image:alt"]')!.getAttribute('content')
    expect(alt('asks/prompt-diagnosis/index.html')).toBe('Prompt diagnosis. England: Meeting held. Scotland: Meeting held. Wales: Meeting requested. Northern Ireland: Meeting requested')
    expect(alt('index.html')).toContain('64,217 people have signed the petition')
  })
})

describe('updates over a year old', () => {
  const live = () =>
    docs
      .filter((d) => d._type === 'update' && !d._id.includes('.') && !scheduledUpdates(docs).includes(d))
      .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))

  // The list, not the newest update by name: a new update then changes no old page.
  it('say so at the top, linking to the latest updates; newer ones do not', () => {
    const yearBefore = Date.parse('2020-01-15T12:00:00Z')
    const old = live().filter((u) => Date.parse(u.publishedAt) <= yearBefore)
    expect(old.length).toBeGreaterThan(0)
    for (const update of live()) {
      const notice = page(dir, `/updates/${update.slug.current}/`).querySelector('main .notice')
      if (Date.parse(update.publishedAt) <= yearBefore) {
        expect(text(notice), update.slug.current).toContain('This update is more than a year old.')
        const link = notice?.querySelector('a')
        expect(link?.getAttribute('href')).toBe('/updates/')
        expect(text(link)).toBe('Read our latest updates')
      } else {
        expect(notice, update.slug.current).toBeNull()
      }
    }
  })
})
