import { readFile } from 'node:fs/promises'
import type { Campaign, SignatureBreakdown } from '../model.ts'
import { breakdownFrom } from '../petition-breakdown.ts'
import { readPetitionCount, type PetitionReadOptions } from '../petition-platform.ts'
import type { CampaignResult } from '../schemas.ts'

export interface PetitionStepOptions extends PetitionReadOptions {
  /**
   * A breakdown stored with the dataset (the bundled demo's petition-breakdown.json, in the
   * platform's JSON format), shown when the platform gives none; dated as the stored count.
   */
  storedBreakdownFile?: string
}

/**
 * The stored petition with the count the build took, and where its signatures come from;
 * why the platform gave neither goes to the build log.
 */
export async function petitionWithCount(
  stored: CampaignResult['petition'],
  options: PetitionStepOptions,
  warnings: string[],
): Promise<Campaign['petition']> {
  if (!stored) return null
  const { count, warning, breakdown, breakdownWarning } = await readPetitionCount(stored, options)
  if (warning) warnings.push(warning)
  if (breakdown || !options.storedBreakdownFile) {
    if (breakdownWarning) warnings.push(breakdownWarning)
    return { ...stored, count, breakdown }
  }
  return { ...stored, count, breakdown: await storedBreakdown(options.storedBreakdownFile, stored.countedOn, warnings) }
}

async function storedBreakdown(file: string, countedOn: string, warnings: string[]): Promise<SignatureBreakdown | null> {
  let json: { data?: { attributes?: unknown } }
  try {
    json = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    warnings.push(`petition breakdown: the stored breakdown ${file} could not be read (${(error as Error).message}); signatures by place are left out`)
    return null
  }
  const result = breakdownFrom(json.data?.attributes, { countedAt: countedOn, countedBy: null })
  if (!result.breakdown) warnings.push(`petition breakdown: the stored breakdown ${file} has none: ${result.why}; signatures by place are left out`)
  return result.breakdown
}
