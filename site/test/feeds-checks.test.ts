import { describe, expect, it } from 'vitest'
import { icalendarProblems, jsonFeedProblems, rfc822Problem, rssProblems } from './support/feed-checks.ts'

// The validators the feed tests rely on must themselves catch what a validator catches.

const SELF = 'https://campaign.test/rss.xml'
const rss = (items: string, channel = '<description>D</description>') =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>T</title>${channel}<link>https://campaign.test/</link><atom:link href="${SELF}" rel="self" type="application/rss+xml"/>${items}</channel></rss>`
const item = (guid: string, extra = '') => `<item><title>A</title><link>${guid}</link><guid isPermaLink="true">${guid}</guid><pubDate>Tue, 01 Oct 2019 09:00:00 GMT</pubDate>${extra}</item>`

describe('the RSS checks', () => {
  it('pass a valid feed', () => {
    expect(rssProblems(rss(item('https://campaign.test/a/')), SELF)).toEqual([])
  })

  it('catch what the W3C validator rejects', () => {
    const cases: [string, string, RegExp][] = [
      [rss(item('https://campaign.test/a/') + item('https://campaign.test/a/')), SELF, /repeats guid/],
      [rss(item('https://campaign.test/a/'), ''), SELF, /channel has no description/],
      [rss(item('https://campaign.test/a/')), 'https://campaign.test/other.xml', /atom:link rel="self" is/],
      [rss(item('/a/')), SELF, /link "\/a\/" is not absolute/],
      [rss(item('https://campaign.test/a/', '<content:encoded>&lt;a href="/x/"&gt;x&lt;/a&gt;</content:encoded>')), SELF, /href="\/x\/"> is not absolute/],
      [rss(item('https://campaign.test/a/', '<content:encoded>&lt;img src="https://campaign.test/i.webp" srcset="/i-480.webp 480w"&gt;</content:encoded>')), SELF, /srcset candidate "\/i-480.webp"/],
      [rss(item('https://campaign.test/a/', '<content:encoded>&lt;script&gt;x&lt;/script&gt;</content:encoded>')), SELF, /<script> element/],
      [rss(item('https://campaign.test/a/', '<description>&lt;b&gt;bold&lt;/b&gt;</description>')), SELF, /description contains markup: b/],
      [rss(item('https://campaign.test/a/', '<atom:updated>6 March 2020</atom:updated>')), SELF, /atom:updated "6 March 2020" is not RFC 3339/],
      [rss(item('https://campaign.test/a/')).replace('<title>A</title>', '<title>A ]]> B</title>'), SELF, /"]]>" in text/],
      [rss(item('https://campaign.test/a/')).replace('<title>T</title>', '<title>T\u0001</title>'), SELF, /character XML forbids/],
      [rss(item('https://campaign.test/a/')).replace('</channel>', ''), SELF, /not well-formed XML/],
    ]
    for (const [xml, self, problem] of cases) expect(rssProblems(xml, self).join('\n')).toMatch(problem)
  })

  it('read dates as RFC 822, with the right day of the week', () => {
    expect(rfc822Problem('Tue, 01 Oct 2019 09:00:00 GMT')).toBeNull()
    expect(rfc822Problem('Wed, 01 Oct 2019 09:00:00 GMT')).toMatch(/wrong day of the week/)
    expect(rfc822Problem('2019-10-01T09:00:00Z')).toMatch(/not an RFC 822 date/)
    expect(rfc822Problem('Mon, 31 Feb 2020 09:00:00 GMT')).toMatch(/not a real day/)
  })
})

describe('the JSON Feed checks', () => {
  const feed = (items: object[], extra: object = {}) =>
    JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', feed_url: 'https://campaign.test/feed.json', items, ...extra })
  const good = { id: 'https://campaign.test/a/', url: 'https://campaign.test/a/', content_html: '<p>x</p>', date_published: '2019-10-01T09:00:00.000Z' }

  it('pass a valid feed and catch what JSON Feed 1.1 forbids', () => {
    expect(jsonFeedProblems(feed([good]), 'https://campaign.test/feed.json')).toEqual([])
    const cases: [string, RegExp][] = [
      [feed([good, good]), /repeats id/],
      [feed([{ ...good, url: '/a/' }]), /url is not an absolute URL/],
      [feed([{ id: 'x' }]), /neither content_html nor content_text/],
      [feed([{ ...good, date_published: 'Tue, 01 Oct 2019' }]), /date_published .* not RFC 3339/],
      [feed([{ ...good, content_html: '<img src="/i.webp">' }]), /is not absolute/],
      [feed([good], { version: 'https://jsonfeed.org/version/1' }), /version is/],
      [feed([good], { author: { name: 'x' } }), /unknown field author/],
    ]
    for (const [body, problem] of cases) expect(jsonFeedProblems(body, 'https://campaign.test/feed.json').join('\n')).toMatch(problem)
  })
})

describe('the iCalendar checks', () => {
  const calendar = (event: string[]) =>
    ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//T//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:T', 'BEGIN:VEVENT', ...event, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n') + '\r\n'
  const event = ['UID:m@campaign.test', 'DTSTAMP:20210115T120000Z', 'DTSTART;VALUE=DATE:20200303', 'DTEND;VALUE=DATE:20200304', 'SUMMARY:Hand-in']
  const problems = (text: string) => icalendarProblems(Buffer.from(text, 'utf8'), 'calendar').join('\n')

  it('pass a valid calendar and catch what RFC 5545 forbids', () => {
    expect(problems(calendar(event))).toBe('')
    expect(problems(calendar(event).replaceAll('\r\n', '\n'))).toMatch(/not CRLF/)
    expect(problems(calendar([...event.slice(0, 4), `SUMMARY:${'x'.repeat(80)}`]))).toMatch(/octets long/)
    expect(problems(calendar([...event.slice(0, 4), 'SUMMARY:Hand-in, at No. 10']))).toMatch(/unescaped comma/)
    expect(problems(calendar([...event.slice(0, 4), 'SUMMARY:Hand-in; at No. 10']))).toMatch(/unescaped semicolon/)
    expect(problems(calendar(event.slice(1)))).toMatch(/has 0 UID/)
    expect(problems(calendar([...event.slice(0, 3), 'DTEND;VALUE=DATE:20200305', event[4]!]))).toMatch(/does not end the next day/)
  })

  it('catch a fold that splits a UTF-8 character', () => {
    const text = Buffer.from(calendar([...event.slice(0, 4), `SUMMARY:${'x'.repeat(65)}🎗`]), 'utf8')
    // Fold by bytes, as a careless writer would: two octets of the emoji on each side.
    const at = text.indexOf('🎗') + 2
    const broken = Buffer.concat([text.subarray(0, at), Buffer.from('\r\n '), text.subarray(at)])
    expect(icalendarProblems(broken, 'calendar').join('\n')).toMatch(/splits a UTF-8 character/)
  })
})
