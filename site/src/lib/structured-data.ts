/**
 * schema.org JSON-LD for search engines: who runs the campaign, the site in the
 * page's language, and the petition hand-in. A Welsh page says it all in Welsh
 * (the Welsh site settings and campaign, the Welsh dictionary) and says so
 * (`inLanguage`).
 */
import type { Campaign, Settings } from '../content/index.ts'
import { dictionary, HTML_LANG, localPath, type Language } from '../i18n/index.ts'
import { count, tally } from './petition.ts'

/** This language's home page: where the organisation, site and event point. */
const homeOf = (siteUrl: URL, language: Language) => new URL(localPath(language, '/').slice(1), siteUrl).href

export function organisation(settings: Settings, siteUrl: URL, language: Language = 'en'): object {
  const words = dictionary(language).structuredData
  const numbers = settings.charityNumbers ?? []
  return {
    '@context': 'https://schema.org',
    '@type': 'NGO',
    name: settings.organisationName,
    url: homeOf(siteUrl, language),
    identifier: numbers.map((n) => ({
      '@type': 'PropertyValue',
      propertyID: words.charityNumber(n.jurisdiction ?? null),
      value: n.number,
    })),
    sameAs: (settings.socialLinks ?? []).map((l) => l.url).filter((u) => /^https?:/.test(u)),
  }
}

/** The campaign site itself, in the page's language: Organization has no inLanguage, a WebSite does. */
export function website(settings: Settings, siteUrl: URL, language: Language = 'en'): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: settings.title,
    description: settings.description,
    url: homeOf(siteUrl, language),
    inLanguage: HTML_LANG[language],
    publisher: { '@type': 'NGO', name: settings.organisationName },
  }
}

/** The petition hand-in as an Event; none when no date is set. */
export function handInEvent(campaign: Campaign, settings: Settings, siteUrl: URL, now: Date, language: Language = 'en'): object | null {
  const petition = campaign.petition
  if (!petition?.handInDate) return null
  const words = dictionary(language).structuredData
  const past = Date.parse(`${petition.handInDate}T23:59:59Z`) < now.getTime()
  const home = homeOf(siteUrl, language)
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: words.handIn(campaign.name),
    description: words.handInDescription(count(tally(petition).total, language), past, petition.handInTo ?? null),
    inLanguage: HTML_LANG[language],
    startDate: petition.handInDate,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    url: home,
    organizer: { '@type': 'NGO', name: settings.organisationName, url: home },
  }
}
