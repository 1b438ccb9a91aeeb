import { evaluate, parse } from 'groq-js'
import { describe, expect, it } from 'vitest'
import { attentionParams } from '../attention/params.ts'
import { consentEndingFilter, quietAskFilter, reviewOverdueFilter, scheduledUpdateFilter, staleDraftFilter, updateWithoutSummaryFilter, welshBehindFilter } from '../attention/queries.ts'

// The clock: 12:00 on 10 January 2030 (UK time is UTC in January).
const NOW = new Date('2030-01-10T12:00:00Z')
const params = attentionParams(NOW)

type Doc = { _id: string; _type: string; [field: string]: unknown }

async function matching(filter: string, dataset: Doc[]): Promise<string[]> {
  const result = await (await evaluate(parse(`*[${filter}] | order(_id asc)._id`), { dataset, params: { ...params } })).get()
  return result as string[]
}

/** What the Studio's lists see: the drafts perspective, a draft standing in for its published document, its own id in `_originalId`. */
function draftsPerspective(dataset: Doc[]): Doc[] {
  const drafts = new Map(dataset.filter((d) => d._id.startsWith('drafts.')).map((d) => [d._id.slice('drafts.'.length), d]))
  const view = dataset
    .filter((d) => !d._id.startsWith('drafts.') && !drafts.has(d._id))
    .map((d) => ({ ...d, _originalId: d._id }))
  for (const [id, draft] of drafts) view.push({ ...draft, _id: id, _originalId: draft._id })
  return view
}

describe('attention params', () => {
  it('computes the dates the lists compare with, as UK dates and ISO instants', () => {
    expect(params).toEqual({
      now: '2030-01-10T12:00:00.000Z',
      soon: '2030-02-09',
      ninetyDaysAgo: '2029-10-12',
      fourteenDaysAgo: '2029-12-27T12:00:00.000Z',
      today: '2030-01-10',
    })
  })

  it('uses the UK calendar date late in the evening in summer', () => {
    // 23:30 UTC on 30 June is already 1 July in the UK (BST): 30 days on is 31 July.
    expect(attentionParams(new Date('2030-06-30T23:30:00Z')).soon).toBe('2030-07-31')
    expect(attentionParams(new Date('2030-06-30T23:30:00Z')).today).toBe('2030-07-01')
  })
})

describe('needs attention: stories whose consent ends within 30 days or has ended', () => {
  const stories: Doc[] = [
    { _id: 'story-expired', _type: 'story', consent: { givenOn: '2028-01-01', expiresOn: '2029-12-31' } },
    { _id: 'story-expires-today', _type: 'story', consent: { givenOn: '2028-01-01', expiresOn: '2030-01-10' } },
    { _id: 'story-expires-in-30-days', _type: 'story', consent: { givenOn: '2028-01-01', expiresOn: '2030-02-09' } },
    { _id: 'story-expires-in-31-days', _type: 'story', consent: { givenOn: '2028-01-01', expiresOn: '2030-02-10' } },
    { _id: 'story-no-expiry', _type: 'story', consent: { givenOn: '2028-01-01' } },
    { _id: 'story-no-consent', _type: 'story' },
    { _id: 'update-with-consent-like-field', _type: 'update', consent: { expiresOn: '2029-01-01' } },
    // What "Withdraw consent" kept: nothing to renew or take down.
    { _id: 'drafts.story-withdrawn-record', _type: 'story', consent: { givenOn: '2028-01-01', expiresOn: '2029-12-31', withdrawn: true, withdrawnAt: '2029-06-01T10:00:00Z' } },
  ]

  it('lists exactly the stories to renew or take down', async () => {
    expect(await matching(consentEndingFilter, stories)).toEqual(['story-expired', 'story-expires-in-30-days', 'story-expires-today'])
  })
})

describe('needs attention: asks with no progress note in 90 days', () => {
  const asks: Doc[] = [
    { _id: 'ask-recent-note', _type: 'ask', progress: [{ _key: 'a', date: '2029-12-01', note: 'Met the minister' }] },
    { _id: 'ask-note-on-the-90th-day', _type: 'ask', progress: [{ _key: 'a', date: '2029-10-12', note: 'Letter sent' }] },
    { _id: 'ask-old-note', _type: 'ask', progress: [{ _key: 'a', date: '2029-10-11', note: 'Letter sent' }] },
    { _id: 'ask-recent-row-without-note', _type: 'ask', progress: [{ _key: 'a', date: '2029-12-01', status: 'raised' }] },
    { _id: 'ask-recent-empty-note', _type: 'ask', progress: [{ _key: 'a', date: '2029-12-01', note: '' }] },
    { _id: 'ask-undated-note', _type: 'ask', progress: [{ _key: 'a', note: 'Some time ago' }] },
    { _id: 'ask-one-old-one-recent', _type: 'ask', progress: [{ _key: 'a', date: '2028-01-01', note: 'Old' }, { _key: 'b', date: '2030-01-09', note: 'New' }] },
    { _id: 'ask-no-progress', _type: 'ask' },
    { _id: 'ask-empty-progress', _type: 'ask', progress: [] },
  ]

  it('lists exactly the asks that have gone quiet', async () => {
    expect(await matching(quietAskFilter, asks)).toEqual([
      'ask-empty-progress',
      'ask-no-progress',
      'ask-old-note',
      'ask-recent-empty-note',
      'ask-recent-row-without-note',
      'ask-undated-note',
    ])
  })
})

describe('needs attention: asks past their next review date', () => {
  const asks: Doc[] = [
    { _id: 'ask-overdue', _type: 'ask', lastReviewed: '2027-01-01', nextReview: '2030-01-09' },
    { _id: 'ask-long-overdue', _type: 'ask', lastReviewed: '2025-01-01', nextReview: '2026-01-01' },
    { _id: 'ask-due-today', _type: 'ask', lastReviewed: '2027-01-10', nextReview: '2030-01-10' },
    { _id: 'ask-due-tomorrow', _type: 'ask', lastReviewed: '2027-01-11', nextReview: '2030-01-11' },
    { _id: 'ask-never-reviewed', _type: 'ask' },
    { _id: 'update-with-review-like-field', _type: 'update', nextReview: '2020-01-01' },
  ]

  it('lists exactly the asks whose next review date has passed', async () => {
    expect(await matching(reviewOverdueFilter, asks)).toEqual(['ask-long-overdue', 'ask-overdue'])
  })

  it('drops an ask off the list once a draft sets a new review date (drafts perspective)', async () => {
    const docs: Doc[] = [
      { _id: 'ask-reviewed-in-draft', _type: 'ask', lastReviewed: '2026-01-01', nextReview: '2029-01-01' },
      { _id: 'drafts.ask-reviewed-in-draft', _type: 'ask', lastReviewed: '2030-01-09', nextReview: '2031-01-09' },
    ]
    expect(await matching(reviewOverdueFilter, docs)).toEqual(['ask-reviewed-in-draft'])
    expect(await matching(reviewOverdueFilter, draftsPerspective(docs))).toEqual([])
  })

  it('finds every demo ask overdue at the test clock (2030): the demo campaign was last reviewed in 2020', async () => {
    const { readFileSync } = await import('node:fs')
    const demo = readFileSync(new URL('../seed/demo/data.ndjson', import.meta.url), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Doc)
    const overdue = await matching(reviewOverdueFilter, demo)
    expect(overdue).toContain('ask-data-collection')
    expect(overdue.length).toBe(demo.filter((d) => d._type === 'ask').length)
  })
})

describe('needs attention: drafts untouched for 14 days', () => {
  const docs: Doc[] = [
    { _id: 'drafts.update-old', _type: 'update', _updatedAt: '2029-12-01T09:00:00Z' },
    { _id: 'update-old', _type: 'update', _updatedAt: '2029-11-01T09:00:00Z' },
    { _id: 'drafts.update-fresh', _type: 'update', _updatedAt: '2030-01-09T09:00:00Z' },
    { _id: 'drafts.story-15-days', _type: 'story', _updatedAt: '2029-12-26T12:00:00Z' },
    { _id: 'drafts.story-13-days', _type: 'story', _updatedAt: '2029-12-28T12:00:00Z' },
    { _id: 'drafts.campaign', _type: 'campaign', _updatedAt: '2029-01-01T00:00:00Z' },
    { _id: 'published-old', _type: 'ask', _updatedAt: '2028-01-01T00:00:00Z' },
    { _id: 'drafts.image-asset', _type: 'sanity.imageAsset', _updatedAt: '2028-01-01T00:00:00Z' },
    { _id: 'versions.release.update-x', _type: 'update', _updatedAt: '2028-01-01T00:00:00Z' },
    // A withdrawn story's record is a draft on purpose: never nudge staff to publish it.
    { _id: 'drafts.story-withdrawn-record', _type: 'story', _updatedAt: '2029-06-01T10:00:00Z', consent: { withdrawn: true, withdrawnAt: '2029-06-01T10:00:00Z' } },
  ]

  it('lists exactly the forgotten drafts, reading ids raw', async () => {
    expect(await matching(staleDraftFilter, docs)).toEqual(['drafts.campaign', 'drafts.story-15-days', 'drafts.update-old'])
  })

  it('lists the same drafts through the drafts perspective the Studio lists use', async () => {
    expect(await matching(staleDraftFilter, draftsPerspective(docs))).toEqual(['campaign', 'story-15-days', 'update-old'])
  })
})

describe('needs attention: updates with no summary', () => {
  const updates: Doc[] = [
    { _id: 'update-summary', _type: 'update', summary: 'We met the minister.' },
    { _id: 'update-no-summary', _type: 'update' },
    { _id: 'update-null-summary', _type: 'update', summary: null },
    { _id: 'update-empty-summary', _type: 'update', summary: '' },
    { _id: 'story-no-summary', _type: 'story' },
  ]

  it('lists exactly the updates that need a summary', async () => {
    expect(await matching(updateWithoutSummaryFilter, updates)).toEqual(['update-empty-summary', 'update-no-summary', 'update-null-summary'])
  })

  it('sees a draft that adds the summary (drafts perspective): it drops off the list', async () => {
    const docs: Doc[] = [
      { _id: 'update-fixed-in-draft', _type: 'update' },
      { _id: 'drafts.update-fixed-in-draft', _type: 'update', summary: 'Now with a summary.' },
    ]
    expect(await matching(updateWithoutSummaryFilter, draftsPerspective(docs))).toEqual([])
  })
})

describe('Updates → Scheduled', () => {
  const updates: Doc[] = [
    { _id: 'update-past', _type: 'update', publishedAt: '2030-01-10T11:59:00Z' },
    { _id: 'update-in-a-minute', _type: 'update', publishedAt: '2030-01-10T12:01:00Z' },
    { _id: 'update-with-offset', _type: 'update', publishedAt: '2030-01-10T13:30:00+01:00' }, // 12:30 UTC
    { _id: 'update-next-year', _type: 'update', publishedAt: '2031-03-03T09:00:00Z' },
    { _id: 'update-no-date', _type: 'update' },
    { _id: 'milestone-future', _type: 'milestone', publishedAt: '2031-01-01T00:00:00Z' },
  ]

  it('lists exactly the updates still to go live', async () => {
    expect(await matching(scheduledUpdateFilter, updates)).toEqual(['update-in-a-minute', 'update-next-year', 'update-with-offset'])
  })
})

describe('needs attention: Welsh versions older than their English', () => {
  const metadata = (id: string, en: string, cy: string): Doc => ({
    _id: id,
    _type: 'translation.metadata',
    schemaTypes: ['ask'],
    translations: [
      { _key: 'k-en', _type: 'internationalizedArrayReferenceValue', language: 'en', value: { _type: 'reference', _ref: en } },
      { _key: 'k-cy', _type: 'internationalizedArrayReferenceValue', language: 'cy', value: { _type: 'reference', _ref: cy } },
    ],
  })
  const dataset: Doc[] = [
    { _id: 'ask-a', _type: 'ask', language: 'en', _updatedAt: '2030-01-09T10:00:00Z' },
    { _id: 'ask-a-cy', _type: 'ask', language: 'cy', _updatedAt: '2030-01-08T10:00:00Z' },
    { _id: 'ask-b', _type: 'ask', language: 'en', _updatedAt: '2030-01-01T10:00:00Z' },
    { _id: 'ask-b-cy', _type: 'ask', language: 'cy', _updatedAt: '2030-01-02T10:00:00Z' },
    { _id: 'ask-c-cy', _type: 'ask', language: 'cy', _updatedAt: '2030-01-02T10:00:00Z' },
    metadata('meta-a', 'ask-a', 'ask-a-cy'),
    metadata('meta-b', 'ask-b', 'ask-b-cy'),
    { _id: 'campaign', _type: 'campaign', _updatedAt: '2030-01-05T10:00:00Z' },
    { _id: 'campaign-cy', _type: 'campaign', language: 'cy', _updatedAt: '2030-01-04T10:00:00Z' },
    { _id: 'siteSettings', _type: 'siteSettings', _updatedAt: '2030-01-03T10:00:00Z' },
    { _id: 'siteSettings-cy', _type: 'siteSettings', language: 'cy', _updatedAt: '2030-01-04T10:00:00Z' },
  ]

  it('lists the Welsh whose English was edited since, and not the English or an unlinked Welsh document', async () => {
    expect(await matching(welshBehindFilter, dataset)).toEqual(['ask-a-cy', 'campaign-cy'])
  })
})
