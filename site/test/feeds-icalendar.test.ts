import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { escapeText, foldLine, nextDay, writeCalendar, type Calendar } from '../src/feeds/icalendar.ts'
import { calendarResponse } from '../src/feeds/timeline.ts'
import { icalendarProblems, unfold } from './support/feed-checks.ts'

const octets = (s: string) => Buffer.byteLength(s, 'utf8')

const calendar = (events: Calendar['events']): Calendar => ({
  prodId: '-//Test Charity//Test timeline//EN',
  name: 'Test: campaign timeline',
  description: 'Milestones, past and upcoming.',
  stamp: new Date('2021-01-15T12:00:00Z'),
  events,
})

describe('iCalendar text', () => {
  it('escapes backslash, semicolon, comma and every kind of newline', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng')
  })

  it('drops control characters, keeping tabs, right-to-left text and emoji', () => {
    expect(escapeText('a\u0001b\u001fc\u007fd\te שלום 🎗️\u202e')).toBe('ab' + 'cd\te שלום 🎗️\u202e')
  })
})

describe('line folding', () => {
  it('leaves a line of 75 octets alone and folds a longer one with a leading space', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75))
    const folded = foldLine('x'.repeat(200))
    const lines = folded.split('\r\n')
    expect(lines.map(octets)).toEqual([75, 75, 52]) // 75 + 74 + 51 characters, each continuation after its space
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true)
    expect(unfold(folded).join('')).toBe('x'.repeat(200))
  })

  it('never splits a multi-byte character, wherever the 75-octet boundary falls', () => {
    // 2-, 3- and 4-octet characters, shifted so a boundary lands inside each kind.
    const text = 'é中🎗️שלום'.repeat(30)
    for (let shift = 0; shift < 4; shift++) {
      const line = `SUMMARY:${'a'.repeat(shift)}${text}`
      const folded = foldLine(line)
      for (const physical of folded.split('\r\n')) {
        expect(octets(physical)).toBeLessThanOrEqual(75)
        // Round-trips through bytes: no character was cut in half.
        expect(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(physical, 'utf8'))).toBe(physical)
      }
      expect(unfold(folded).join('')).toBe(line)
    }
  })
})

describe('all-day dates', () => {
  it('ends each event the next day, across months, years and leap days', () => {
    expect(nextDay('2020-01-31')).toBe('2020-02-01')
    expect(nextDay('2020-02-28')).toBe('2020-02-29')
    expect(nextDay('2020-02-29')).toBe('2020-03-01')
    expect(nextDay('2019-02-28')).toBe('2019-03-01')
    expect(nextDay('2019-12-31')).toBe('2020-01-01')
  })
})

describe('writeCalendar', () => {
  const hostile = 'Hand-in; at No. 10, Downing St\\London\nשלום 🎗️ <script>alert(1)</script>\u0001 ' + 'long '.repeat(30)
  const body = writeCalendar(
    calendar([
      { uid: 'milestone-hand-in@campaign.test', date: '2020-03-03', summary: hostile, description: 'Line one,\nline two; done', url: 'https://campaign.test/updates/hand-in/', categories: ['Petition hand-in', 'England, Wales'] },
      { uid: 'milestone-leap@campaign.test', date: '2020-02-29', summary: 'Leap day' },
    ]),
  )

  it('writes a calendar that passes the RFC 5545 checks', () => {
    expect(icalendarProblems(Buffer.from(body, 'utf8'), 'calendar')).toEqual([])
    expect(body).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/)
    expect(body.endsWith('END:VCALENDAR\r\n')).toBe(true)
  })

  it('reads back the same events through an independent parser (ical.js)', () => {
    const root = new ICAL.Component(ICAL.parse(body))
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Test: campaign timeline')
    expect(root.getFirstPropertyValue('method')).toBe('PUBLISH')
    const events = root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    expect(events.map((e) => e.uid)).toEqual(['milestone-hand-in@campaign.test', 'milestone-leap@campaign.test'])
    const [handIn, leap] = events
    expect(handIn!.summary).toBe(hostile.replace('\u0001', ''))
    expect(handIn!.description).toBe('Line one,\nline two; done')
    expect(handIn!.startDate.isDate).toBe(true)
    expect(handIn!.startDate.toString()).toBe('2020-03-03')
    expect(handIn!.endDate.toString()).toBe('2020-03-04')
    expect(handIn!.component.getFirstPropertyValue('url')).toBe('https://campaign.test/updates/hand-in/')
    expect(handIn!.component.getFirstProperty('categories')!.getValues()).toEqual(['Petition hand-in', 'England, Wales'])
    expect(leap!.endDate.toString()).toBe('2020-03-01')
    expect(leap!.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2021-01-15T12:00:00Z')
  })

  it('writes the same bytes for the same input', () => {
    expect(writeCalendar(calendar([{ uid: 'a@b', date: '2020-01-01', summary: 'A' }]))).toBe(
      writeCalendar(calendar([{ uid: 'a@b', date: '2020-01-01', summary: 'A' }])),
    )
  })

  it('refuses a date that is not YYYY-MM-DD rather than write a broken event', () => {
    expect(() => writeCalendar(calendar([{ uid: 'a@b', date: '3 March 2020', summary: 'A' }]))).toThrow(/not a calendar date/)
  })
})

describe('the /timeline.ics endpoint', () => {
  it('serves the calendar as text/calendar in UTF-8', async () => {
    const response = calendarResponse(writeCalendar(calendar([{ uid: 'a@b', date: '2020-01-01', summary: 'Þing 🎗️' }])))
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(await response.text()).toContain('SUMMARY:Þing 🎗️\r\n')
  })
})
