/**
 * A small iCalendar (RFC 5545) writer for all-day events: just what a published
 * campaign timeline needs. Pure: same input, same bytes.
 */

export interface CalendarEvent {
  /** Globally unique and stable across edits, e.g. `<document id>@<site host>`. */
  uid: string
  /** The day, `YYYY-MM-DD`. */
  date: string
  summary: string
  description?: string | null
  url?: string | null
  categories?: readonly string[]
}

export interface Calendar {
  prodId: string
  name: string
  description?: string | null
  /** When this copy of the calendar was made: every event's DTSTAMP. */
  stamp: Date
  events: readonly CalendarEvent[]
}

const CRLF = '\r\n'
/** RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_OCTETS = 75
/** A character's length in UTF-8, counted rather than encoded: a timeline has thousands of lines. */
const utf8Length = (char: string): number => {
  const code = char.codePointAt(0)!
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
}

/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newlines escaped; control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\x00-\x08\x0A-\x1F\x7F]/g, '')
    .replace(/[\uD800-\uDFFF]/gu, '') // lone surrogates: not characters at all
}

/**
 * Folds a content line (RFC 5545 3.1): at most 75 octets a line, each continuation
 * starting with one space. Counts UTF-8 octets and breaks only between characters,
 * never inside one.
 */
export function foldLine(line: string): string {
  const lines: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = utf8Length(char)
    if (octets + size > MAX_OCTETS) {
      lines.push(current)
      current = ' '
      octets = 1
    }
    current += char
    octets += size
  }
  lines.push(current)
  return lines.join(CRLF)
}

/** `2020-03-03` as an iCalendar DATE: `20200303`. */
export function icsDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`not a calendar date: "${date}"`)
  return date.replaceAll('-', '')
}

/** The day after a `YYYY-MM-DD` date: an all-day event's DTEND is exclusive. */
export function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() + 1)
  return day.toISOString().slice(0, 10)
}

/** A UTC DATE-TIME: `20210115T120000Z`. */
export function icsDateTime(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

export function writeCalendar(calendar: Calendar): string {
  const stamp = icsDateTime(calendar.stamp)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(calendar.prodId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...(calendar.description ? [`X-WR-CALDESC:${escapeText(calendar.description)}`] : []),
    // How often a subscribed calendar app should look again (RFC 7986, and its older X- name).
    'REFRESH-INTERVAL;VALUE=DURATION:P1D',
    'X-PUBLISHED-TTL:P1D',
    ...calendar.events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join(CRLF) + CRLF
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const categories = (event.categories ?? []).map(escapeText).filter(Boolean)
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
    `DTEND;VALUE=DATE:${icsDate(nextDay(event.date))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    ...(categories.length ? [`CATEGORIES:${categories.join(',')}`] : []),
    // A day in a campaign's history does not make anyone busy.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ]
}
