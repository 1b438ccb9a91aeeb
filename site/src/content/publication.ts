import type { ConsentChannel } from './vocabulary.ts'
import type { StoryResult, UpdateResult } from './schemas.ts'

/** The calendar date of an instant, in UK time, for comparing with date-only fields. */
export function ukDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now)
}

/** An update goes live at its publishedAt; until then the build holds it back. */
export function isLive(update: Pick<UpdateResult, 'publishedAt'>, now: Date): boolean {
  return Date.parse(update.publishedAt) <= now.getTime()
}

/**
 * A story may appear in a channel only while the person's consent covers it:
 * not withdrawn, not expired (it lapses at the start of its expiry date), and
 * the channel among those they agreed to.
 */
export function consentCovers(story: Pick<StoryResult, 'consent'>, channel: ConsentChannel, now: Date): boolean {
  const { withdrawn, expiresOn, channels } = story.consent
  if (withdrawn) return false
  if (expiresOn && expiresOn <= ukDate(now)) return false
  return channels.includes(channel)
}
