// What staff read at the top of a story "Withdraw consent" has erased: what
// happened, when and by whom, and why the record is still here. Pure, for tests.
import { readableDate } from '@campaign/schemas/readable-date'
import { withdrawalRecord } from '@campaign/schemas/withdrawal'

export interface WithdrawnNotice {
  heading: string
  paragraphs: string[]
}

const ukTime = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' })

/** "1 December 2026 at 16:20": the day as recorded, the time in UK time. */
function when(on: string | undefined, at: string): string {
  const erasedAt = new Date(at)
  const time = Number.isNaN(erasedAt.getTime()) ? undefined : ukTime.format(erasedAt)
  const day = readableDate(on ?? at)
  return [day, time && `at ${time}`].filter(Boolean).join(' ') || 'an unrecorded date'
}

/** The notice for a withdrawn story's record, or null for any other story. */
export function withdrawnNotice(document: unknown): WithdrawnNotice | null {
  const record = withdrawalRecord(document)
  if (!record) return null
  const recorded = record.by ? `${record.by} recorded it on ${when(record.on, record.at)}` : `it was recorded on ${when(record.on, record.at)}`
  return {
    heading: 'Consent withdrawn',
    paragraphs: [
      `The person withdrew their consent for this story, and ${recorded}. ` +
        'The story was taken off the website and out of the feeds, and their name, age, where they live, photo and story were erased for good.',
      'This record keeps only what the charity must keep to show their wishes were respected: the headline, how they chose to be named, the consent dates and where the story could appear. ' +
        'It cannot be edited or published. Delete it once the charity no longer needs to keep it.',
    ],
  }
}
