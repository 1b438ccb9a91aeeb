import { parse } from 'groq-js'
import { describe, expect, it } from 'vitest'
import { queries } from '../src/content/queries.ts'
import { onlyTypeRead } from '../src/content/source/query-type.ts'

const typeOf = (query: string) => onlyTypeRead(parse(query))

describe('which document type a query reads', () => {
  it('is known for every query the site runs', () => {
    expect(Object.fromEntries(Object.entries(queries).map(([name, query]) => [name, typeOf(query)]))).toEqual({
      siteSettings: 'siteSettings',
      campaign: 'campaign',
      nations: 'nation',
      asks: 'ask',
      updates: 'update',
      stories: 'story',
      milestones: 'milestone',
      translations: 'translation.metadata',
    })
  })

  it('is not known when the query could read other documents', () => {
    // A second `*` (a sub-query), a type test that is not the first condition, or none at all.
    expect(typeOf('*[_type == "update"]{ "asks": *[_type == "ask" && references(^._id)] }')).toBeNull()
    expect(typeOf('*[defined(slug) && _type == "update"]')).toBeNull()
    expect(typeOf('*[_type in ["update", "ask"]]')).toBeNull()
    expect(typeOf('*[_type != "update"]')).toBeNull()
    expect(typeOf('count(*)')).toBeNull()
  })

  it('is read either way round', () => {
    expect(typeOf('*["ask" == _type && order > 1] | order(order asc)')).toBe('ask')
  })
})
