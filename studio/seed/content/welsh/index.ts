import type { SeedDocument } from '../document.ts'
import { asksCy } from './asks.ts'
import { campaignCy } from './campaign.ts'
import { nationsCy } from './nations.ts'
import { siteSettingsCy } from './settings.ts'
import { updatesCy } from './updates.ts'

/** Every Welsh version in the demo dataset (sample content: see README.md here). */
export const welshDocuments: SeedDocument[] = [siteSettingsCy, campaignCy, ...nationsCy, ...asksCy, ...updatesCy]

export { translationsOf } from './translations.ts'
