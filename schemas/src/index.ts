import { ask } from './documents/ask.ts'
import { milestone } from './documents/milestone.ts'
import { nation } from './documents/nation.ts'
import { story } from './documents/story.ts'
import { update } from './documents/update.ts'
import { action } from './objects/action.ts'
import { callout } from './objects/callout.ts'
import { callToAction } from './objects/callToAction.ts'
import { charityNumber } from './objects/charityNumber.ts'
import { imageWithAlt } from './objects/imageWithAlt.ts'
import { link } from './objects/link.ts'
import { nationProgress } from './objects/nationProgress.ts'
import { richText } from './objects/richText.ts'
import { source } from './objects/source.ts'
import { campaign } from './singletons/campaign.ts'
import { siteSettings } from './singletons/siteSettings.ts'

export { CAMPAIGN_ID, SITE_SETTINGS_ID, singletons, singletonTypes, singletonVersions } from './singletons/ids.ts'
export { KEEP_SAME, SOURCE_LANGUAGE, TRANSLATE, TRANSLATE_SLUG, languages, singletonIdIn, translatedTypes, type Language } from './languages.ts'

/** Every type the Studio knows, singletons first, in the order the Studio lists them. */
export const schemaTypes = [
  // Singletons
  campaign,
  siteSettings,
  // Documents
  update,
  ask,
  story,
  nation,
  milestone,
  // Objects
  richText,
  imageWithAlt,
  callout,
  callToAction,
  link,
  action,
  source,
  nationProgress,
  charityNumber,
]

export { ask, milestone, nation, story, update }
export { campaign, siteSettings }
export { action, callout, callToAction, charityNumber, imageWithAlt, link, nationProgress, richText, source }
