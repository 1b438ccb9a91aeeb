// The desk structure as the Studio builds it, from the real config, offline: a
// mock login and a client that never leaves 127.0.0.1.
import { createClient } from '@sanity/client'
import { createMockAuthStore, createSourceFromConfig } from 'sanity'
import { createStructureBuilder } from 'sanity/structure'
import { beforeAll, describe, expect, it } from 'vitest'
import { consentEndingFilter, quietAskFilter, reviewOverdueFilter, scheduledUpdateFilter, staleDraftFilter, updateWithoutSummaryFilter, welshBehindFilter } from '../attention/queries.ts'
import config from '../sanity.config.ts'
import { structure } from '../structure.ts'

type Node = { id: string; title?: string; type?: string; items?: Node[]; child?: unknown; options?: { filter?: string; params?: Record<string, string> } }
type Builder = { serialize: (options: { path: string[] }) => Node }

let root: Node

/** A pane's child, as the Studio resolves it when the item is opened. */
async function open(item: Node, path: string[]): Promise<Node> {
  let child = item.child
  if (typeof child === 'function') child = await child(item.id, { path, index: 0 })
  return (child as Builder).serialize ? (child as Builder).serialize({ path }) : (child as Node)
}

const find = (node: Node, id: string) => {
  const found = node.items?.find((item) => item.id === id)
  if (!found) throw new Error(`no "${id}" in ${node.items?.map((i) => i.id).join(', ')}`)
  return found
}

beforeAll(async () => {
  const client = createClient({ projectId: 'test123', dataset: 'production', apiVersion: '2025-02-19', useCdn: false, apiHost: 'http://127.0.0.1:9' })
  const auth = createMockAuthStore({ client, currentUser: { id: 'editor', name: 'Editor', email: 'editor@example.org', role: 'editor', roles: [{ name: 'editor', title: 'Editor' }] } as never })
  const source = await createSourceFromConfig({ ...config, projectId: 'test123', auth } as never)
  const S = createStructureBuilder({ source } as never)
  root = (structure(S, {} as never) as unknown as Builder).serialize({ path: [] })
})

describe('desk structure', () => {
  it('opens with "Needs attention", then the singletons and each kind of content', () => {
    expect(root.items!.filter((i) => i.type !== 'divider').map((i) => i.title)).toEqual([
      'Needs attention',
      'Campaign',
      'Campaign (Welsh)',
      'Site settings',
      'Site settings (Welsh)',
      'Updates',
      'Asks',
      'Stories',
      'Nations',
      'Timeline',
    ])
  })

  it('lists under "Needs attention" each check, running its GROQ with fresh dates', async () => {
    const attention = await open(find(root, 'needs-attention'), ['needs-attention'])
    const lists = await Promise.all(attention.items!.map((item) => open(item, ['needs-attention', item.id])))
    expect(lists.map((l) => [l.title, l.type, l.options?.filter])).toEqual([
      ['Live site build', 'component', undefined],
      ['Story consent ending or expired', 'documentList', consentEndingFilter],
      ['Asks with no progress note in 90 days', 'documentList', quietAskFilter],
      ['Asks past their next review date', 'documentList', reviewOverdueFilter],
      ['Drafts untouched for 14 days', 'documentList', staleDraftFilter],
      ['Updates with no summary', 'documentList', updateWithoutSummaryFilter],
      ['Welsh versions older than their English', 'documentList', welshBehindFilter],
    ])
    const [, consent, asks, reviews, drafts, summaries, welsh] = lists.map((l) => l.options?.params)
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date())
    expect(Object.keys(consent!)).toEqual(['soon'])
    expect(consent!.soon! > today).toBe(true)
    expect(Object.keys(asks!)).toEqual(['ninetyDaysAgo'])
    expect(asks!.ninetyDaysAgo! < today).toBe(true)
    expect(reviews).toEqual({ today })
    expect(Object.keys(drafts!)).toEqual(['fourteenDaysAgo'])
    expect(Date.now() - Date.parse(drafts!.fourteenDaysAgo!)).toBeGreaterThanOrEqual(14 * 24 * 3600 * 1000)
    expect(summaries).toEqual({})
    expect(welsh).toEqual({})
  })

  it('filters each kind of content by language: English includes documents with no language', async () => {
    for (const type of ['update', 'ask', 'story', 'nation', 'milestone']) {
      const lists = await open(find(root, type), [type])
      const welsh = await open(find(lists, 'cy'), [type, 'cy'])
      expect(welsh.options?.filter, type).toBe('_type == $type && coalesce(language, "en") == $language')
      expect(welsh.options?.params, type).toEqual({ type, language: 'cy' })
      const english = await open(find(lists, 'en'), [type, 'en'])
      expect(english.options?.params, type).toEqual({ type, language: 'en' })
    }
  })

  it('has Updates → All updates and Updates → Scheduled', async () => {
    const updates = await open(find(root, 'update'), ['update'])
    expect(updates.items!.map((i) => i.title)).toEqual(['All languages', 'English', 'Welsh', 'Scheduled'])
    const scheduled = await open(find(updates, 'scheduled'), ['update', 'scheduled'])
    expect(scheduled.options?.filter).toBe(scheduledUpdateFilter)
    expect(Math.abs(Date.parse(scheduled.options!.params!.now!) - Date.now())).toBeLessThan(60_000)
  })
})
