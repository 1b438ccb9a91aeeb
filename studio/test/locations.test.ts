import { evaluate, parse } from 'groq-js'
import { describe, expect, it } from 'vitest'
import { locations, locationsState, pageLocations, pagePath } from '../presentation/locations.ts'
import { mainDocuments } from '../presentation/main-documents.ts'
import { pageUrl } from '../urls.ts'

const NOW = new Date('2030-01-10T12:00:00Z')

describe('document locations (Presentation tool, "Open on site")', () => {
  it.each([
    ['update', 'petition-handed-in', '/updates/petition-handed-in/'],
    ['ask', 'faster-diagnosis', '/asks/faster-diagnosis/'],
    ['story', 'kerry-symptoms-dismissed', '/stories/kerry-symptoms-dismissed/'],
    ['nation', 'wales', '/nations/wales/'],
    ['milestone', undefined, '/timeline/'],
    ['campaign', undefined, '/'],
    ['siteSettings', undefined, '/'],
  ])('a %s with slug %s has its page at %s', (type, slug, path) => {
    expect(pagePath(type, slug)).toBe(path)
  })

  it('gives no page to a document that has no slug yet, or to a type the site has no page for', () => {
    expect(pagePath('update', undefined)).toBeNull()
    expect(pagePath('story', '')).toBeNull()
    expect(pagePath('source', 'x')).toBeNull()
  })

  it('lists every page a document shows on, its own page first', () => {
    const hrefs = (doc: Parameters<typeof pageLocations>[0]) => pageLocations(doc).map((l) => l.href)
    expect(hrefs({ _type: 'update', slug: 'a' })).toEqual(['/updates/a/', '/updates/', '/'])
    expect(hrefs({ _type: 'ask', slug: 'b' })).toEqual(['/asks/b/', '/asks/'])
    expect(hrefs({ _type: 'story', slug: 'c' })).toEqual(['/stories/c/'])
    expect(hrefs({ _type: 'nation', slug: 'scotland' })).toEqual(['/nations/scotland/'])
    expect(hrefs({ _type: 'milestone' })).toEqual(['/timeline/'])
    expect(hrefs({ _type: 'campaign' })).toEqual(['/'])
    expect(hrefs({ _type: 'siteSettings' })).toEqual(['/'])
  })

  it('names the page after the document', () => {
    expect(pageLocations({ _type: 'ask', slug: 'b', title: 'Faster diagnosis' })[0]).toEqual({ title: 'Faster diagnosis', href: '/asks/b/' })
  })

  it('asks no web address of a withdrawn story\'s record, which will never have a page', () => {
    expect(locationsState({ _type: 'story', title: 'Kerry', withdrawnAt: '2026-12-01T16:20:00.000Z' }, NOW)).toBeNull()
    expect(locationsState({ _type: 'story', title: 'Kerry' }, NOW)).toMatchObject({ message: expect.stringMatching(/web address/) })
  })

  it('tells the editor when a document has no page yet, and when an update is scheduled', () => {
    expect(locationsState({ _type: 'update', title: 'New' }, NOW)).toMatchObject({ tone: 'caution', message: expect.stringMatching(/web address/) })
    const scheduled = locationsState({ _type: 'update', slug: 'later', publishedAt: '2030-03-03T09:00:00Z' }, NOW)
    expect(scheduled?.message).toBe('Scheduled for 3 March 2030: the site shows it from then.')
    expect(scheduled?.locations?.[0]?.href).toBe('/updates/later/')
    expect(locationsState({ _type: 'update', slug: 'earlier', publishedAt: '2029-03-03T09:00:00Z' }, NOW)).toEqual({
      locations: [
        { title: 'This update', href: '/updates/earlier/' },
        { title: 'All updates', href: '/updates/' },
        { title: 'Home page', href: '/' },
      ],
    })
  })

  it('resolves every type the Presentation tool asks about from the fields it selects', () => {
    expect(Object.keys(locations).sort()).toEqual(['ask', 'campaign', 'milestone', 'nation', 'siteSettings', 'story', 'update'])
    const nation = locations.nation as { select: Record<string, string>; resolve: (v: Record<string, unknown> | null) => unknown }
    expect(nation.select).toEqual({ title: 'name', slug: 'slug.current' })
    expect(nation.resolve({ title: 'Wales', slug: 'wales' })).toEqual({ locations: [{ title: 'Wales', href: '/nations/wales/' }] })
    expect(nation.resolve(null)).toBeNull()
  })

  it('joins a path to the site address, keeping any base path', () => {
    expect(pageUrl('https://campaign.example.org', '/updates/a/')).toBe('https://campaign.example.org/updates/a/')
    expect(pageUrl('https://example.org/campaign/', '/asks/b/')).toBe('https://example.org/campaign/asks/b/')
    expect(pageUrl('http://localhost:4321', '/')).toBe('http://localhost:4321/')
  })
})

describe('main documents (the document a preview page is about)', () => {
  const dataset = [
    { _id: 'campaign', _type: 'campaign', name: 'Secondary voices' },
    { _id: 'siteSettings', _type: 'siteSettings' },
    { _id: 'update-1', _type: 'update', slug: { current: 'petition-handed-in' } },
    { _id: 'ask-1', _type: 'ask', slug: { current: 'petition-handed-in' } }, // same slug, other type
    { _id: 'ask-2', _type: 'ask', slug: { current: 'specialist-nurses' } },
    { _id: 'story-1', _type: 'story', slug: { current: 'kerry' } },
    { _id: 'nation-wales', _type: 'nation', slug: { current: 'wales' } },
  ]

  /** What the Presentation tool does: match the route as URLPattern (trailing slash optional), then run the filter. */
  async function mainDocumentFor(pathname: string): Promise<string | null> {
    for (const resolver of mainDocuments) {
      const routes = Array.isArray(resolver.route) ? resolver.route : [resolver.route]
      for (const route of routes) {
        const match = new URLPattern({ pathname: `${route}{/}?` }).exec({ pathname })
        if (!match) continue
        const params = Object.fromEntries(Object.entries(match.pathname.groups).filter((e): e is [string, string] => typeof e[1] === 'string'))
        const context = { origin: 'http://localhost:4321', params, path: pathname }
        const filter = typeof resolver.filter === 'function' ? resolver.filter(context) : resolver.filter!
        const queryParams = typeof resolver.params === 'function' ? resolver.params(context) : (resolver.params ?? params)
        const found = await (await evaluate(parse(`*[${filter}][0]{_id}`), { dataset, params: queryParams })).get()
        return (found as { _id: string } | null)?._id ?? null
      }
    }
    return null
  }

  it.each([
    ['/', 'campaign'],
    ['/updates/petition-handed-in/', 'update-1'],
    ['/asks/petition-handed-in/', 'ask-1'],
    ['/asks/specialist-nurses/', 'ask-2'],
    ['/stories/kerry/', 'story-1'],
    ['/nations/wales/', 'nation-wales'],
    ['/nations/wales', 'nation-wales'],
  ])('%s is about %s', async (path, id) => {
    expect(await mainDocumentFor(path)).toBe(id)
  })

  it.each(['/updates/', '/timeline/', '/updates/no-such-update/', '/asks/specialist-nurses/rss.xml'])('%s has no single main document', async (path) => {
    expect(await mainDocumentFor(path)).toBeNull()
  })
})
