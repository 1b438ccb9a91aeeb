import { update } from '@campaign/schemas'
import type { DocumentBadgeComponent } from 'sanity'
import { describe, expect, it } from 'vitest'
import { liveLink, previewPath } from '../actions/site-links.ts'
import { scheduledBadge } from '../scheduled/badge.ts'
import { withScheduledSubtitle } from '../scheduled/preview.ts'
import { paramsFor } from '../attention/structure.ts'
import config from '../sanity.config.ts'

const NOW = new Date('2030-01-10T12:00:00Z')
const SITE = 'https://campaign.example.org'

describe('"Open on site"', () => {
  it('opens the published page on the live site', () => {
    expect(liveLink('update', { slug: { current: 'petition-handed-in' }, publishedAt: '2029-12-01T09:00:00Z' }, SITE, NOW)).toEqual({
      href: 'https://campaign.example.org/updates/petition-handed-in/',
    })
    expect(liveLink('nation', { slug: { current: 'wales' } }, SITE, NOW)).toEqual({ href: 'https://campaign.example.org/nations/wales/' })
    expect(liveLink('milestone', { title: 'Petition handed in' }, SITE, NOW)).toEqual({ href: 'https://campaign.example.org/timeline/' })
  })

  it('uses the published slug, not a draft rename that is not live yet', () => {
    expect(liveLink('ask', { slug: { current: 'old-slug' } }, 'https://example.org/campaign', NOW)).toEqual({ href: 'https://example.org/campaign/asks/old-slug/' })
  })

  it('says why there is nothing to open', () => {
    expect(liveLink('update', null, SITE, NOW)).toEqual({ unavailable: expect.stringMatching(/Not published yet/) })
    expect(liveLink('ask', { title: 'No slug' }, SITE, NOW)).toEqual({ unavailable: expect.stringMatching(/No page yet/) })
    expect(liveLink('update', { slug: { current: 'later' }, publishedAt: '2030-03-03T09:00:00Z' }, SITE, NOW)).toEqual({
      unavailable: 'Scheduled for 3 March 2030: not on the site until then.',
    })
  })

  it('follows the consent rules the site applies to stories', () => {
    const story = (consent: object) => ({ slug: { current: 'kerry' }, consent })
    expect(liveLink('story', story({ channels: ['site', 'feeds'], expiresOn: '2031-01-01' }), SITE, NOW)).toEqual({ href: `${SITE}/stories/kerry/` })
    expect(liveLink('story', story({ channels: ['site'], withdrawn: true }), SITE, NOW)).toEqual({ unavailable: expect.stringMatching(/withdrawn/) })
    expect(liveLink('story', story({ channels: ['site'], expiresOn: '2030-01-10' }), SITE, NOW)).toEqual({ unavailable: expect.stringMatching(/expired/) })
    expect(liveLink('story', story({ channels: ['feeds'] }), SITE, NOW)).toEqual({ unavailable: expect.stringMatching(/website/) })
  })
})

describe('"Open preview"', () => {
  it('shows the draft\'s page, so a renamed slug previews at its new address', () => {
    expect(previewPath('update', { slug: { current: 'new-name' } }, { slug: { current: 'old-name' } })).toEqual({ href: '/updates/new-name/' })
    expect(previewPath('story', null, { slug: { current: 'kerry' } })).toEqual({ href: '/stories/kerry/' })
    expect(previewPath('milestone', { title: 'x' }, null)).toEqual({ href: '/timeline/' })
    expect(previewPath('nation', { name: 'No slug yet' }, null)).toEqual({ unavailable: expect.stringMatching(/web address/) })
  })
})

describe('document actions in the Studio', () => {
  type ActionsResolver = (prev: never[], context: { schemaType: string }) => { displayName?: string }[]
  const added = (schemaType: string) =>
    (config.document?.actions as unknown as ActionsResolver)([], { schemaType }).map((a) => a.displayName)

  it.each(['update', 'ask', 'nation', 'milestone'])('a %s gets "Open on site" and "Open preview"', (type) => {
    expect(added(type)).toEqual(['OpenOnSiteAction', 'OpenPreviewAction'])
  })

  it('a story gets those and "Withdraw consent", last, each but Withdraw consent put away on a withdrawn story\'s record, where "Consent withdrawn" comes first', () => {
    expect(added('story')).toEqual([
      'ConsentWithdrawnAction',
      'UnlessWithdrawn(OpenOnSiteAction)',
      'UnlessWithdrawn(OpenPreviewAction)',
      'WithdrawConsentAction',
    ])
  })

  it.each(['campaign', 'siteSettings'])('the %s singleton keeps only its own actions', (type) => {
    expect(added(type)).toEqual([])
  })
})

describe('scheduled updates in the Studio', () => {
  it('badges an update whose publishedAt is still to come', () => {
    expect(scheduledBadge(null, { publishedAt: '2030-03-03T09:00:00Z' }, NOW)).toEqual({
      label: 'Scheduled',
      color: 'primary',
      title: 'Published: on the site from 3 March 2030 at 09:00',
    })
    expect(scheduledBadge({ publishedAt: '2030-07-03T09:00:00Z' }, null, NOW)).toMatchObject({
      label: 'Scheduled',
      title: 'Once published, on the site from 3 July 2030 at 10:00', // British Summer Time
    })
    expect(scheduledBadge({ publishedAt: '2030-01-10T11:00:00Z' }, { publishedAt: '2030-01-01T09:00:00Z' }, NOW)).toBeNull()
    expect(scheduledBadge(null, null, NOW)).toBeNull()
  })

  it('puts the badge on updates only', () => {
    type BadgesResolver = (prev: DocumentBadgeComponent[], context: { schemaType: string }) => DocumentBadgeComponent[]
    const badges = config.document?.badges as unknown as BadgesResolver
    expect(badges([], { schemaType: 'update' }).map((b) => b.displayName)).toEqual(['UpdateScheduledBadge'])
    expect(badges([], { schemaType: 'story' })).toEqual([])
  })

  it('says "Scheduled for 3 March 2030" under a scheduled update in every list', () => {
    const prepare = withScheduledSubtitle(update, () => NOW).preview!.prepare!
    expect(prepare({ title: 'Hand-in day', publishedAt: '2030-03-03T09:00:00Z', kind: 'event', media: undefined })).toMatchObject({
      title: 'Hand-in day',
      subtitle: 'Scheduled for 3 March 2030 · Event',
    })
    expect(prepare({ title: 'Last week', publishedAt: '2030-01-03T09:00:00Z', kind: 'event', media: undefined })).toMatchObject({ subtitle: '3 January 2030 · Event' })
  })

  it('is the update type the Studio uses', () => {
    const types = config.schema?.types as { name: string; preview?: { prepare?: (s: object) => { subtitle?: string } } }[]
    const studioUpdate = types.find((t) => t.name === 'update')!
    expect(studioUpdate.preview?.prepare?.({ publishedAt: '2999-01-01T00:00:00Z', kind: 'research' }).subtitle).toBe('Scheduled for 1 January 2999 · Research')
  })
})

describe('attention list parameters', () => {
  it('passes a list only the parameters its filter uses', () => {
    expect(paramsFor('_type == "x" && a <= $soon && b > $now', { now: 'n', soon: 's', ninetyDaysAgo: 'd' })).toEqual({ now: 'n', soon: 's' })
  })
})
