// English and Welsh from one dataset: each language's own versions, English where
// nothing is translated, references followed to the Welsh version, and the
// publication and consent rules applied to each version on its own.
import { describe, expect, it } from 'vitest'
import { ContentError, loadContent } from '../src/content/index.ts'
import { openDatasetFile } from '../src/content/source/dataset-file.ts'
import { baseDocuments, writeDataset, type Doc } from './fixtures/dataset.ts'
import { translatedUpdate, translation, welshDocuments } from './fixtures/welsh.ts'

const siteUrl = new URL('https://campaign.test/')
const now = new Date('2020-06-01T12:00:00Z')
const load = (docs: Doc[]) => loadContent({ source: openDatasetFile(writeDataset(docs)), now, siteUrl })
const bilingual = () => [...baseDocuments(), ...welshDocuments(), ...translatedUpdate()]

describe('content in English and Welsh', () => {
  it('builds English alone when there is no Welsh campaign document', async () => {
    const content = await load([...baseDocuments(), ...welshDocuments().filter((d) => d._id !== 'campaign-cy')])
    expect(content.languages).toEqual(['en'])
    expect(() => content.edition('cy')).toThrow(/no cy edition/)
    expect(content.warnings.join('\n')).toMatch(/documents in cy are not on the site/)
  })

  it('keeps English to documents in English or in no language', async () => {
    const content = await load(bilingual())
    expect(content.languages).toEqual(['en', 'cy'])
    expect(content.language).toBe('en')
    expect(content.asks.map((a) => [a.title, a.language])).toEqual([['Prompt diagnosis', 'en']])
    expect(content.nations.map((n) => n.name)).toEqual(['England', 'Scotland'])
    expect(content.updates.map((u) => u.title)).toEqual(['We met the minister', 'We launched the campaign'])
  })

  it('gives Welsh its own versions, the English of anything untranslated, and its own interface words', async () => {
    const welsh = (await load(bilingual())).edition('cy')
    expect(welsh.language).toBe('cy')
    expect(welsh.campaign.name).toBe('Ymgyrch prawf')
    expect(welsh.settings.title).toBe('Ymgyrch Prawf')
    expect(welsh.nations.map((n) => [n.name, n.language, n.path])).toEqual([
      ['England', 'en', '/nations/england/'],
      ['Yr Alban', 'cy', '/cy/nations/yr-alban/'],
    ])
    expect(welsh.updates.map((u) => [u.title, u.language, u.path])).toEqual([
      ['Fe wnaethom gwrdd â’r gweinidog', 'cy', '/cy/updates/cwrdd-ar-gweinidog/'],
      ['We launched the campaign', 'en', '/updates/we-launched/'],
    ])
    const [ask] = welsh.asks
    expect([ask!.title, ask!.path, ask!.feedPath]).toEqual(['Diagnosis prydlon', '/cy/asks/diagnosis-prydlon/', '/cy/asks/diagnosis-prydlon/rss.xml'])
    // The English reference to Scotland is followed to its Welsh version.
    expect(ask!.progress.map((p) => [p.nation.name, p.statusLabel, p.note])).toEqual([
      ['England', 'Heb ei godi eto', null],
      ['Yr Alban', 'Cynhaliwyd cyfarfod', 'Cyfarfod yng Nghaeredin.'],
    ])
    expect(ask!.updates.map((u) => [u.title, u.language])).toEqual([
      ['Fe wnaethom gwrdd â’r gweinidog', 'cy'],
      ['We launched the campaign', 'en'],
    ])
    expect(welsh.updates[0]!.asks.map((a) => a.path)).toEqual(['/cy/asks/diagnosis-prydlon/'])
    expect(welsh.updates[0]!.kindLabel).toBe('Newyddion yr ymgyrch')
    // An English update in a Welsh list keeps its English words.
    expect(welsh.updates[1]!.kindLabel).toBe('Campaign news')
    expect(welsh.milestones.map((m) => [m.title, m.language, m.report?.path])).toEqual([['Launch', 'en', '/updates/we-launched/']])
  })

  it('links each page to its version in the other language, both ways', async () => {
    const english = await load(bilingual())
    const welsh = english.edition('cy')
    expect(english.asks[0]!.alternates).toEqual([{ language: 'cy', path: '/cy/asks/diagnosis-prydlon/' }])
    expect(welsh.asks[0]!.alternates).toEqual([{ language: 'en', path: '/asks/prompt-diagnosis/' }])
    expect(english.nations.map((n) => n.alternates)).toEqual([[], [{ language: 'cy', path: '/cy/nations/yr-alban/' }]])
    expect(english.updates.find((u) => u.id === 'update-launch')!.alternates).toEqual([])
    expect(welsh.updates.find((u) => u.id === 'update-meeting-cy')!.alternates).toEqual([{ language: 'en', path: '/updates/we-met-the-minister/' }])
  })

  it('holds back a scheduled Welsh version on its own, and then shows neither in Welsh until its time', async () => {
    const docs = [...baseDocuments(), ...welshDocuments(), ...translatedUpdate({ publishedAt: '2030-01-01T09:00:00Z' })]
    const english = await load(docs)
    expect(english.updates.map((u) => u.id)).toContain('update-meeting')
    expect(english.updates.find((u) => u.id === 'update-meeting')!.alternates).toEqual([])
    expect(english.edition('cy').updates.map((u) => u.id)).toEqual(['update-launch'])
  })

  it('applies consent to each version of a story on its own', async () => {
    const [story] = baseDocuments().filter((d) => d._type === 'story')
    const welshStory = { ...story!, _id: 'story-sample-cy', language: 'cy', title: 'Stori enghreifftiol', slug: { _type: 'slug', current: 'stori-sam' }, consent: { givenOn: '2019-09-01', withdrawn: true, channels: ['site', 'feeds'] } }
    const english = await load([...bilingual(), welshStory, translation('tr-story', { en: 'story-sample', cy: 'story-sample-cy' })])
    expect(english.stories.map((s) => s.id)).toEqual(['story-sample'])
    // The Welsh version's consent is withdrawn: it is nowhere, and the English page has no Welsh link.
    expect(english.edition('cy').stories).toEqual([])
    expect(english.edition('cy').feedStories).toEqual([])
    expect(english.stories[0]!.alternates).toEqual([])
  })

  it('allows a slug in both languages, but not twice in one', async () => {
    const docs = bilingual().map((d) => (d._id === 'update-meeting-cy' ? { ...d, slug: { _type: 'slug', current: 'we-met-the-minister' } } : d))
    const content = await load(docs)
    expect(content.edition('cy').updates[0]!.path).toBe('/cy/updates/we-met-the-minister/')
    const clash = bilingual().map((d) => (d._id === 'update-meeting-cy' ? { ...d, slug: { _type: 'slug', current: 'diagnosis-prydlon' }, _type: 'update' } : d))
    await expect(load([...clash, { ...clash.find((d) => d._id === 'update-meeting-cy')!, _id: 'update-other-cy' }])).rejects.toThrow(
      /update update-other-cy slug: "diagnosis-prydlon" is already used by update update-meeting-cy/,
    )
  })

  it('names a bad Welsh document, once', async () => {
    const docs = bilingual().map((d) => (d._id === 'ask-diagnosis-cy' ? { ...d, title: '' } : d))
    const error = await load(docs).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentError)
    const lines = (error as ContentError).message.split('\n').filter((l) => l.includes('ask-diagnosis-cy'))
    expect(lines).toEqual(['ask ask-diagnosis-cy title: is empty'])
  })
})
