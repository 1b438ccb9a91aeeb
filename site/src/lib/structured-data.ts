/** schema.org JSON-LD for search engines: who runs the campaign, and its hand-in. */
import type { Campaign, Settings } from '../content/index.ts'
import { count, tally } from './petition.ts'

export function organisation(settings: Settings, siteUrl: URL): object {
  const numbers = settings.charityNumbers ?? []
  return {
    '@context': 'https://schema.org',
    '@type': 'NGO',
    name: settings.organisationName,
    url: siteUrl.href,
    identifier: numbers.map((n) => ({
      '@type': 'PropertyValue',
      propertyID: n.jurisdiction ? `Registered charity number (${n.jurisdiction})` : 'Registered charity number',
      value: n.number,
    })),
    sameAs: (settings.socialLinks ?? []).map((l) => l.url).filter((u) => /^https?:/.test(u)),
  }
}

/** The petition hand-in as an Event; none when no date is set. */
export function handInEvent(campaign: Campaign, settings: Settings, siteUrl: URL, now: Date): object | null {
  const petition = campaign.petition
  if (!petition?.handInDate) return null
  const past = Date.parse(`${petition.handInDate}T23:59:59Z`) < now.getTime()
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: `${campaign.name}: petition hand-in`,
    description: `The petition, signed by ${count(tally(petition).total)} people, ${past ? 'was' : 'is to be'} handed in${petition.handInTo ? ` to ${petition.handInTo}` : ''}.`,
    startDate: petition.handInDate,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    url: siteUrl.href,
    organizer: { '@type': 'NGO', name: settings.organisationName, url: siteUrl.href },
  }
}
