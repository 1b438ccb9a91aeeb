import { z } from 'zod'
import type { PetitionCount, PetitionPlatform, SignatureBreakdown } from './model.ts'
import { breakdownFrom } from './petition-breakdown.ts'

/**
 * Reads the petition's live count from the platform that hosts it (UK Parliament
 * and Senedd petitions publish their page as JSON at the page's address + ".json").
 * A build must never fail or hang because a petition site is slow or down: any
 * failure gives back the count the campaign stored, with its own date, and a
 * line for the build log saying why.
 */

/** How long a build waits for the platform. */
export const PETITION_TIMEOUT_MS = 5_000

export interface StoredPetition {
  signatureCount: number
  countedOn: string
  dataUrl?: string | null
}

export interface PetitionReadOptions {
  /** PETITION_DATA_URL: replaces the stored address (tests, mirrors). */
  override?: string
  timeoutMs?: number
  /** The build's clock: when the count was taken. */
  now: Date
}

export interface PetitionReading {
  count: PetitionCount
  /** Set when the platform was asked and did not give a count. */
  warning: string | null
  /** Signatures by nation, region and constituency, when the platform gives them. */
  breakdown: SignatureBreakdown | null
  /** Set when the platform was asked and gave no breakdown: why the pages by place are left out. */
  breakdownWarning: string | null
}

const moment = z.string().nullish()
// The e-petitions format (petition.parliament.uk, petitions.senedd.wales); only what the site shows.
const platformSchema = z.object({
  data: z.object({
    attributes: z.object({
      signature_count: z.number().int().nonnegative(),
      state: z.string().nullish(),
      opened_at: moment,
      closed_at: moment,
      response_threshold_reached_at: moment,
      debate_threshold_reached_at: moment,
      scheduled_debate_date: moment,
      government_response: z.object({ summary: z.string().nullish(), responded_on: moment }).nullish(),
      debate: z
        .object({ debated_on: moment, overview: z.string().nullish(), transcript_url: z.string().nullish(), video_url: z.string().nullish() })
        .nullish(),
    }),
  }),
})

export async function readPetitionCount(stored: StoredPetition, options: PetitionReadOptions): Promise<PetitionReading> {
  const storedCount: PetitionCount = { online: stored.signatureCount, countedAt: stored.countedOn, countedBy: null, platform: null }
  const address = options.override || stored.dataUrl
  if (!address) return { count: storedCount, warning: null, breakdown: null, breakdownWarning: null }
  const fallback = (where: string, why: string): PetitionReading => ({
    count: storedCount,
    warning: fallbackWarning(where, why, stored),
    breakdown: null,
    breakdownWarning: `petition breakdown: ${where} gave no count, so signatures by nation, region and constituency are left out`,
  })

  let url: URL
  try {
    url = new URL(address)
  } catch {
    return fallback(address, 'the address is not a URL')
  }
  const timeoutMs = options.timeoutMs ?? PETITION_TIMEOUT_MS
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } })
    if (!response.ok) return fallback(url.href, `it answered ${response.status}`)
    const json: unknown = await response.json().catch(() => undefined)
    const parsed = platformSchema.safeParse(json)
    if (!parsed.success) return fallback(url.href, 'its answer is not petition data')
    const count = fromPlatform(parsed.data.data.attributes, url, options.now)
    const byPlace = breakdownFrom((json as { data: { attributes: unknown } }).data.attributes, { countedAt: count.countedAt, countedBy: count.countedBy })
    return {
      count,
      warning: null,
      breakdown: byPlace.breakdown,
      breakdownWarning: byPlace.breakdown ? null : `petition breakdown: ${url.href} gave the count but ${byPlace.why}; signatures by nation, region and constituency are left out`,
    }
  } catch (error) {
    const why = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : 'it could not be reached'
    return fallback(url.href, why)
  }
}

function fallbackWarning(address: string, why: string, stored: StoredPetition): string {
  return `petition count: ${address} gave no count (${why}); showing the stored count, ${stored.signatureCount.toLocaleString('en-GB')} on ${stored.countedOn}`
}

type Attributes = z.infer<typeof platformSchema>['data']['attributes']

function fromPlatform(a: Attributes, url: URL, now: Date): PetitionCount {
  const text = (value: string | null | undefined) => value?.trim() || null
  const webLink = (value: string | null | undefined) => (value && /^https?:\/\//.test(value) ? value : null)
  const platform: PetitionPlatform = {
    pageUrl: url.href.replace(/\.json$/, ''),
    state: text(a.state),
    openedAt: text(a.opened_at),
    closedAt: text(a.closed_at),
    responseThresholdReachedAt: text(a.response_threshold_reached_at),
    debateThresholdReachedAt: text(a.debate_threshold_reached_at),
    scheduledDebateDate: text(a.scheduled_debate_date),
    governmentResponse: text(a.government_response?.summary)
      ? { summary: text(a.government_response?.summary)!, respondedOn: text(a.government_response?.responded_on) }
      : null,
    debate: a.debate?.debated_on
      ? {
          debatedOn: a.debate.debated_on,
          overview: text(a.debate.overview),
          transcriptUrl: webLink(a.debate.transcript_url),
          videoUrl: webLink(a.debate.video_url),
        }
      : null,
  }
  return { online: a.signature_count, countedAt: now.toISOString(), countedBy: url.hostname, platform }
}
