// The singletons live at fixed document ids (equal to their type names), so the
// Studio opens the one document and the site can fetch it by id.
export const CAMPAIGN_ID = 'campaign'
export const SITE_SETTINGS_ID = 'siteSettings'

export const singletons = [
  { id: CAMPAIGN_ID, type: 'campaign', title: 'Campaign' },
  { id: SITE_SETTINGS_ID, type: 'siteSettings', title: 'Site settings' },
] as const

export const singletonTypes: ReadonlySet<string> = new Set(singletons.map((singleton) => singleton.type))
