import type { Artwork } from './artwork.ts'
import { nationsMap } from './nations-map.ts'
import { portraits } from './portraits.ts'
import { campaignHero, dataBars, gathering, meetingTable, petitionBox, researchNetwork } from './scenes.ts'

export type { Artwork } from './artwork.ts'

/** Every picture in the demo dataset, in a fixed order. */
export const artworks = (): Artwork[] => [
  campaignHero(),
  nationsMap(),
  petitionBox(),
  meetingTable(),
  researchNetwork(),
  dataBars(),
  gathering(),
  ...portraits(),
]
