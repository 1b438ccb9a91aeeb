import type { Campaign } from '../model.ts'
import { readPetitionCount, type PetitionReadOptions } from '../petition-platform.ts'
import type { CampaignResult } from '../schemas.ts'

/** The stored petition with the count the build took; why the platform gave none goes to the build log. */
export async function petitionWithCount(
  stored: CampaignResult['petition'],
  options: PetitionReadOptions,
  warnings: string[],
): Promise<Campaign['petition']> {
  if (!stored) return null
  const { count, warning } = await readPetitionCount(stored, options)
  if (warning) warnings.push(warning)
  return { ...stored, count }
}
