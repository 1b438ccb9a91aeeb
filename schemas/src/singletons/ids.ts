import { languages, singletonIdIn, type Language } from '../languages.ts'

// The singletons live at fixed document ids (equal to their type names), so the
// Studio opens the one document and the site can fetch it by id. Each language
// version has its own fixed id: "campaign" is English, "campaign-cy" Welsh.
export const CAMPAIGN_ID = 'campaign'
export const SITE_SETTINGS_ID = 'siteSettings'

export const singletons = [
  { id: CAMPAIGN_ID, type: 'campaign', title: 'Campaign' },
  { id: SITE_SETTINGS_ID, type: 'siteSettings', title: 'Site settings' },
] as const

export const singletonTypes: ReadonlySet<string> = new Set(singletons.map((singleton) => singleton.type))

/** Every language version of every singleton, as the Studio's menu pins them. */
export const singletonVersions = singletons.flatMap((singleton) =>
  languages.map((language) => ({
    ...singleton,
    id: singletonIdIn(singleton.id, language.id),
    language: language.id as Language,
    title: language.id === 'en' ? singleton.title : `${singleton.title} (${language.title})`,
  })),
)
