import { translatedTypes } from '@campaign/schemas'
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
import { translationsOf, welshDocuments } from './welsh/index.ts'

export type { SeedDocument } from './document.ts'

const translated = new Set<string>(translatedTypes)

/** The English documents say so, as the translations plugin expects of the documents it links. */
const inEnglish = (doc: SeedDocument): SeedDocument => (translated.has(doc._type) ? { ...doc, language: 'en' } : doc)

const english: SeedDocument[] = [
  siteSettings,
  campaign,
  ...nations,
  ...asks,
  ...updates2019,
  ...updates2020,
  ...stories,
  ...milestones,
].map(inEnglish)

/** Every document in the demo dataset, published or not. */
export const demoDocuments: SeedDocument[] = [
  ...english,
  ...welshDocuments,
  ...translationsOf(english, welshDocuments),
  ...unpublishable.map(inEnglish),
]
