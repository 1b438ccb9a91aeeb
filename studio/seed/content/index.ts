import { asks } from './asks.ts'
import { campaign } from './campaign.ts'
import type { SeedDocument } from './document.ts'
import { milestones } from './milestones.ts'
import { nations } from './nations.ts'
import { siteSettings } from './settings.ts'
import { stories } from './stories.ts'
import { unpublishable } from './unpublishable.ts'
import { updates2019 } from './updates-2019.ts'
import { updates2020 } from './updates-2020.ts'

export type { SeedDocument } from './document.ts'

/** Every document in the demo dataset, published or not. */
export const demoDocuments: SeedDocument[] = [
  siteSettings,
  campaign,
  ...nations,
  ...asks,
  ...updates2019,
  ...updates2020,
  ...stories,
  ...milestones,
  ...unpublishable,
]
