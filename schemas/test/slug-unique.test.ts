// A web address must be unique among documents of its type in its language: a Welsh
// translation keeps its English original's slug (it lives under /cy/), two English
// updates may not share one. The query runs as the Studio runs it, here with groq-js.
import { evaluate, parse } from 'groq-js'
import type { SlugValidationContext } from 'sanity'
import { describe, expect, it, vi } from 'vitest'
import { isUniqueSlug } from '../src/validation/fieldRules.ts'

const update = (_id: string, language: string | undefined, slug: string) => ({ _id, _type: 'update', language, slug: { _type: 'slug', current: slug } })

const dataset = [
  update('update-hand-in', 'en', 'petition-handed-in'),
  update('drafts.update-hand-in', 'en', 'petition-handed-in'),
  update('versions.r-spring.update-hand-in', 'en', 'petition-handed-in'),
  update('update-hand-in-cy', 'cy', 'petition-handed-in'),
  update('update-minister', 'en', 'meeting-the-minister'),
  { _id: 'nation-wales', _type: 'nation', slug: { _type: 'slug', current: 'wales' } },
]

function contextFor(document: Record<string, unknown>) {
  const defaultIsUnique = vi.fn(async () => true)
  const context = {
    document,
    environment: 'studio',
    defaultIsUnique,
    getClient: () => ({
      fetch: async (query: string, params: Record<string, unknown>) => (await evaluate(parse(query, { params }), { dataset, params })).get(),
    }),
  } as unknown as SlugValidationContext
  return { context, defaultIsUnique }
}

const check = (document: Record<string, unknown>, slug: string) => isUniqueSlug(slug, contextFor(document).context)

describe('isUniqueSlug: one web address per type and language', () => {
  it('lets a Welsh translation keep its English original\'s web address', async () => {
    expect(await check(update('drafts.update-hand-in-cy', 'cy', 'petition-handed-in'), 'petition-handed-in')).toBe(true)
    expect(await check(update('drafts.update-hand-in', 'en', 'petition-handed-in'), 'petition-handed-in')).toBe(true)
  })

  it('refuses a second English update at an English update\'s address', async () => {
    expect(await check(update('drafts.update-minister', 'en', 'petition-handed-in'), 'petition-handed-in')).toBe(false)
    expect(await check(update('drafts.update-new', 'en', 'meeting-the-minister'), 'meeting-the-minister')).toBe(false)
  })

  it('does not count the document\'s own draft, published copy or release versions', async () => {
    expect(await check(update('versions.r-autumn.update-hand-in', 'en', 'petition-handed-in'), 'petition-handed-in')).toBe(true)
    expect(await check(update('update-hand-in', 'en', 'petition-handed-in'), 'petition-handed-in')).toBe(true)
  })

  it('refuses a second Welsh update at a Welsh update\'s address', async () => {
    expect(await check(update('drafts.update-other-cy', 'cy', 'petition-handed-in'), 'petition-handed-in')).toBe(false)
  })

  it('leaves documents with no language (nations) to Sanity\'s own check', async () => {
    const { context, defaultIsUnique } = contextFor({ _id: 'drafts.nation-scotland', _type: 'nation' })
    expect(await isUniqueSlug('wales', context)).toBe(true)
    expect(defaultIsUnique).toHaveBeenCalledWith('wales', context)
  })
})
