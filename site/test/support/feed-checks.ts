/**
 * The rules feed validators apply, as functions returning a list of problems (empty
 * when the feed is valid), so a failing test says exactly what is wrong and where.
 * RSS: the W3C feed validator's rules for RSS 2.0. JSON Feed: the 1.1 spec.
 * iCalendar: RFC 5545.
 */
import { readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5'

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']

/** Every feed file in a built site: RSS, JSON Feed and iCalendar, by site path. */
export function findFeeds(siteDir: string): { rss: string[]; json: string[]; ics: string[] } {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name)
      if (entry.isDirectory() && entry.name !== 'pagefind') walk(full)
      else if (entry.isFile()) found.push('/' + relative(siteDir, full).split('\\').join('/'))
    }
  }
  walk(siteDir)
  found.sort()
  return {
    rss: found.filter((p) => p.endsWith('/rss.xml')),
    json: found.filter((p) => p.endsWith('/feed.json')),
    ics: found.filter((p) => p.endsWith('.ics')),
  }
}

// --- shared ---------------------------------------------------------------

const ABSOLUTE = /^https?:\/\/[^\s/]+/i
/** Where a link inside feed content may point: absolute web URLs, email, phone. */
const ABSOLUTE_LINK = /^(https?:\/\/[^\s/]+|mailto:|tel:)/i
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
/** XML 1.0 forbids these; HTML calls them parse errors. A feed must carry none. */
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/

export function isRfc3339(value: unknown): boolean {
  return typeof value === 'string' && RFC3339.test(value) && !Number.isNaN(Date.parse(value))
}

/**
 * Every link and image in a piece of feed HTML must be absolute: a reader shows it far
 * from the site. Parsed by parse5 (the HTML standard's parser), not by pattern.
 */
export function contentProblems(html: string, where: string): string[] {
  const problems: string[] = []
  const visit = (node: Node) => {
    if ('tagName' in node) {
      const element = node as Element
      if (element.tagName === 'script') problems.push(`${where}: contains a <script> element`)
      for (const { name, value } of element.attrs) {
        if (/^on/i.test(name)) problems.push(`${where}: <${element.tagName}> has an event handler ${name}`)
        if (name === 'href' || name === 'src') {
          if (!ABSOLUTE_LINK.test(value.trim())) problems.push(`${where}: <${element.tagName} ${name}="${value}"> is not absolute`)
        }
        if (name === 'srcset') {
          for (const candidate of value.split(',')) {
            const url = candidate.trim().split(/\s+/)[0] ?? ''
            if (!ABSOLUTE.test(url)) problems.push(`${where}: srcset candidate "${url}" is not absolute`)
          }
        }
      }
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child as Node)
  }
  visit(parseFragment(html) as unknown as Node)
  return problems
}

/** The element names a piece of HTML contains, as a browser would parse it. */
export function htmlElements(html: string): string[] {
  const names: string[] = []
  const visit = (node: Node) => {
    if ('tagName' in node) names.push((node as Element).tagName)
    if ('childNodes' in node) for (const child of node.childNodes) visit(child as Node)
  }
  visit(parseFragment(html) as unknown as Node)
  return names
}

/** The text a reader sees in a piece of HTML. */
export function htmlText(html: string): string {
  let out = ''
  const visit = (node: Node) => {
    if (node.nodeName === '#text') out += (node as DefaultTreeAdapterMap['textNode']).value
    if ('childNodes' in node) for (const child of node.childNodes) visit(child as Node)
  }
  visit(parseFragment(html) as unknown as Node)
  return out
}

/** The links and image sources in feed HTML, for tests that check where they point. */
export function contentUrls(html: string): string[] {
  const urls: string[] = []
  const visit = (node: Node) => {
    if ('tagName' in node) {
      for (const { name, value } of (node as Element).attrs) {
        if (name === 'href' || name === 'src') urls.push(value)
        if (name === 'srcset') urls.push(...value.split(',').map((c) => c.trim().split(/\s+/)[0]!))
      }
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child as Node)
  }
  visit(parseFragment(html) as unknown as Node)
  return urls
}

// --- RSS 2.0 --------------------------------------------------------------

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
/** RFC 822 as the W3C validator reads it, with the four-digit year it recommends. */
const RFC822 = /^(?:(mon|tue|wed|thu|fri|sat|sun),\s*)?(\d\d?)\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s+(\d{4})\s+(\d\d):(\d\d)(?::(\d\d))?\s+([+-]\d{4}|ut|gmt|est|edt|cst|cdt|mst|mdt|pst|pdt|[a-ik-z])$/i

export function rfc822Problem(value: unknown): string | null {
  if (typeof value !== 'string') return 'is missing'
  const match = RFC822.exec(value.trim())
  if (!match) return `"${value}" is not an RFC 822 date`
  const [, dow, day, month, year, hour, minute, second = '00'] = match
  const date = new Date(Date.UTC(Number(year), MONTHS.indexOf(month!.toLowerCase()), Number(day), Number(hour), Number(minute), Number(second)))
  if (date.getUTCDate() !== Number(day)) return `"${value}" is not a real day`
  if (dow && DAYS[date.getUTCDay()] !== dow.toLowerCase()) return `"${value}" names the wrong day of the week`
  return null
}

const rssParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ['item', 'category', 'atom:link', 'guid', 'link', 'title', 'description', 'pubDate', 'content:encoded', 'atom:updated'].includes(name),
})

export interface RssItem {
  title?: string
  link?: string
  guid?: string
  guidIsPermaLink: boolean
  description?: string
  pubDate?: string
  updated?: string
  content?: string
  categories: string[]
  /** The item as parsed, for checks on repeated elements. */
  raw: Record<string, unknown>
}

export interface ParsedRss {
  stylesheet: string | null
  title: string
  link: string
  description: string
  language?: string
  links: { href: string; rel: string; type?: string }[]
  items: RssItem[]
}

type Raw = Record<string, unknown>
const text = (value: unknown): string | undefined => {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'object') return text((value as Raw)['#text'] ?? '')
  return String(value)
}
const one = (values: unknown): unknown => (Array.isArray(values) ? values[0] : values)

/** Parses an RSS feed into plain fields; throws on XML that is not well-formed. */
export function parseRss(xml: string): ParsedRss {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`)
  const doc = rssParser.parse(xml) as Raw
  const rss = doc.rss as Raw
  const channel = rss.channel as Raw
  const stylesheet = /<\?xml-stylesheet\s+href="([^"]+)"\s+type="text\/xsl"\s*\?>/.exec(xml)?.[1] ?? null
  return {
    stylesheet,
    title: text(one(channel.title)) ?? '',
    link: text(one(channel.link)) ?? '',
    description: text(one(channel.description)) ?? '',
    language: text(channel.language),
    links: ((channel['atom:link'] as Raw[] | undefined) ?? []).map((l) => ({ href: String(l['@href']), rel: String(l['@rel']), type: l['@type'] as string | undefined })),
    items: ((channel.item as Raw[] | undefined) ?? []).map((item) => {
      const guid = one(item.guid)
      return {
        title: text(one(item.title)),
        link: text(one(item.link)),
        guid: text(guid),
        guidIsPermaLink: typeof guid === 'object' && guid !== null ? (guid as Raw)['@isPermaLink'] !== 'false' : true,
        description: text(one(item.description)),
        pubDate: text(one(item.pubDate)),
        updated: text(one(item['atom:updated'])),
        content: text(one(item['content:encoded'])),
        categories: ((item.category as unknown[] | undefined) ?? []).map((c) => text(c) ?? ''),
        raw: item,
      }
    }),
  }
}

/**
 * The W3C feed validator's RSS 2.0 rules that a generated feed can break. `selfUrl` is
 * where the feed is published: its `atom:link rel="self"` must say exactly that.
 */
export function rssProblems(xml: string, selfUrl: string, options: { hub?: string | null } = {}): string[] {
  const problems: string[] = []
  let feed: ParsedRss
  try {
    feed = parseRss(xml)
  } catch (error) {
    return [`${selfUrl}: ${(error as Error).message}`]
  }
  const at = (where: string) => `${selfUrl} ${where}`
  if (FORBIDDEN_CHARS.test(xml)) problems.push(at('contains a character XML forbids'))
  // XML 1.0 2.4: "]]>" may not appear in text outside a CDATA section's end.
  if (xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').includes(']]>')) problems.push(at('contains "]]>" in text'))
  if (!/^<\?xml version="1.0" encoding="UTF-8"\?>/.test(xml)) problems.push(at('does not start with an XML declaration naming UTF-8'))
  const rss = (rssParser.parse(xml) as Raw).rss as Raw
  if (rss['@version'] !== '2.0') problems.push(at('is not <rss version="2.0">'))
  if (rss['@xmlns:atom'] !== 'http://www.w3.org/2005/Atom') problems.push(at('does not declare the Atom namespace'))
  if (xml.includes('<content:encoded>') && rss['@xmlns:content'] !== 'http://purl.org/rss/1.0/modules/content/') problems.push(at('uses content:encoded without its namespace'))
  for (const field of ['title', 'link', 'description'] as const) {
    if (!feed[field].trim()) problems.push(at(`channel has no ${field}`))
  }
  if (feed.link && !ABSOLUTE.test(feed.link)) problems.push(at(`channel link "${feed.link}" is not absolute`))

  const self = feed.links.filter((l) => l.rel === 'self')
  if (self.length !== 1) problems.push(at(`has ${self.length} atom:link rel="self", not 1`))
  else {
    if (self[0]!.href !== selfUrl) problems.push(at(`atom:link rel="self" is "${self[0]!.href}"`))
    if (self[0]!.type !== 'application/rss+xml') problems.push(at('atom:link rel="self" has no type application/rss+xml'))
  }
  const hubs = feed.links.filter((l) => l.rel === 'hub').map((l) => l.href)
  if (options.hub !== undefined) {
    const expected = options.hub ? [options.hub] : []
    if (JSON.stringify(hubs) !== JSON.stringify(expected)) problems.push(at(`hub links ${JSON.stringify(hubs)}, expected ${JSON.stringify(expected)}`))
  }

  const guids = new Set<string>()
  feed.items.forEach((item, i) => {
    const where = (field: string) => at(`item ${i + 1} (${item.title ?? item.guid}) ${field}`)
    if (!item.title?.trim() && !item.description?.trim()) problems.push(where('has neither title nor description'))
    if (item.link !== undefined && !ABSOLUTE.test(item.link)) problems.push(where(`link "${item.link}" is not absolute`))
    const raw = item.raw
    for (const field of ['title', 'link', 'guid', 'description', 'pubDate', 'content:encoded', 'atom:updated']) {
      if (Array.isArray(raw[field]) && (raw[field] as unknown[]).length > 1) problems.push(where(`has ${field} more than once`))
    }
    if (!item.guid) problems.push(where('has no guid'))
    else {
      if (guids.has(item.guid)) problems.push(where(`repeats guid ${item.guid}`))
      guids.add(item.guid)
      if (item.guidIsPermaLink && !ABSOLUTE.test(item.guid)) problems.push(where(`permalink guid "${item.guid}" is not an absolute URL`))
    }
    if (item.pubDate !== undefined) {
      const problem = rfc822Problem(item.pubDate)
      if (problem) problems.push(where(`pubDate ${problem}`))
    }
    if (item.updated !== undefined && !isRfc3339(item.updated)) problems.push(where(`atom:updated "${item.updated}" is not RFC 3339`))
    if (item.content !== undefined) problems.push(...contentProblems(item.content, where('content:encoded')))
    // Readers treat a description as HTML: the site's are escaped plain text, so they hold no elements.
    if (item.description !== undefined && htmlElements(item.description).length) problems.push(where(`description contains markup: ${htmlElements(item.description).join(', ')}`))
  })
  return problems
}

// --- JSON Feed 1.1 --------------------------------------------------------

const TOP_LEVEL = new Set(['version', 'title', 'home_page_url', 'feed_url', 'description', 'user_comment', 'next_url', 'icon', 'favicon', 'authors', 'language', 'expired', 'hubs', 'items'])
const ITEM_FIELDS = new Set(['id', 'url', 'external_url', 'title', 'content_html', 'content_text', 'summary', 'image', 'banner_image', 'date_published', 'date_modified', 'authors', 'tags', 'language', 'attachments'])

function authorProblems(authors: unknown, where: string): string[] {
  if (authors === undefined) return []
  if (!Array.isArray(authors) || authors.length === 0) return [`${where} authors must be a non-empty array`]
  return authors.flatMap((a, i) => {
    const author = a as Raw
    if (typeof a !== 'object' || a === null) return [`${where} authors[${i}] is not an object`]
    if (!['name', 'url', 'avatar'].some((k) => typeof author[k] === 'string' && author[k])) return [`${where} authors[${i}] has no name, url or avatar`]
    return ['url', 'avatar'].filter((k) => author[k] !== undefined && !ABSOLUTE.test(String(author[k]))).map((k) => `${where} authors[${i}].${k} is not absolute`)
  })
}

/** JSON Feed 1.1's rules: required fields, types, absolute URLs, unique ids. */
export function jsonFeedProblems(body: string, feedUrl: string, options: { hub?: string | null } = {}): string[] {
  const problems: string[] = []
  const at = (where: string) => `${feedUrl} ${where}`
  let feed: Raw
  try {
    feed = JSON.parse(body) as Raw
  } catch (error) {
    return [at(`is not JSON: ${(error as Error).message}`)]
  }
  if (feed.version !== 'https://jsonfeed.org/version/1.1') problems.push(at(`version is ${JSON.stringify(feed.version)}`))
  if (typeof feed.title !== 'string' || !feed.title) problems.push(at('has no title'))
  if (feed.feed_url !== feedUrl) problems.push(at(`feed_url is ${JSON.stringify(feed.feed_url)}`))
  for (const key of ['home_page_url', 'icon', 'favicon', 'next_url']) {
    if (feed[key] !== undefined && !(typeof feed[key] === 'string' && ABSOLUTE.test(feed[key] as string))) problems.push(at(`${key} is not an absolute URL`))
  }
  for (const key of ['description', 'language']) {
    if (feed[key] !== undefined && typeof feed[key] !== 'string') problems.push(at(`${key} is not a string`))
  }
  for (const key of Object.keys(feed)) if (!TOP_LEVEL.has(key) && !key.startsWith('_')) problems.push(at(`has unknown field ${key}`))
  problems.push(...authorProblems(feed.authors, at('feed')))
  if (feed.hubs !== undefined) {
    const hubs = feed.hubs as Raw[]
    if (!Array.isArray(hubs) || hubs.some((h) => typeof h.type !== 'string' || typeof h.url !== 'string' || !ABSOLUTE.test(h.url as string))) problems.push(at('hubs must be objects with type and absolute url'))
  }
  if (options.hub !== undefined) {
    const hubs = JSON.stringify(((feed.hubs as Raw[] | undefined) ?? []).map((h) => [h.type, h.url]))
    const expected = JSON.stringify(options.hub ? [['WebSub', options.hub]] : [])
    if (hubs !== expected) problems.push(at(`hubs ${hubs}, expected ${expected}`))
  }
  if (!Array.isArray(feed.items)) return [...problems, at('items is not an array')]

  const ids = new Set<string>()
  ;(feed.items as Raw[]).forEach((item, i) => {
    const where = (field: string) => at(`item ${i + 1} ${field}`)
    if (typeof item.id !== 'string' || !item.id) problems.push(where('has no string id'))
    else {
      if (ids.has(item.id)) problems.push(where(`repeats id ${item.id}`))
      ids.add(item.id)
    }
    if (typeof item.content_html !== 'string' && typeof item.content_text !== 'string') problems.push(where('has neither content_html nor content_text'))
    for (const key of ['url', 'external_url', 'image', 'banner_image']) {
      if (item[key] !== undefined && !(typeof item[key] === 'string' && ABSOLUTE.test(item[key] as string))) problems.push(where(`${key} is not an absolute URL`))
    }
    for (const key of ['title', 'summary', 'content_html', 'content_text']) {
      if (item[key] !== undefined && typeof item[key] !== 'string') problems.push(where(`${key} is not a string`))
      if (typeof item[key] === 'string' && FORBIDDEN_CHARS.test(item[key] as string)) problems.push(where(`${key} contains a control character`))
    }
    for (const key of ['date_published', 'date_modified']) {
      if (item[key] !== undefined && !isRfc3339(item[key])) problems.push(where(`${key} ${JSON.stringify(item[key])} is not RFC 3339`))
    }
    if (item.tags !== undefined && !(Array.isArray(item.tags) && item.tags.every((t) => typeof t === 'string'))) problems.push(where('tags is not an array of strings'))
    for (const key of Object.keys(item)) if (!ITEM_FIELDS.has(key) && !key.startsWith('_')) problems.push(where(`has unknown field ${key}`))
    problems.push(...authorProblems(item.authors, where('')))
    if (typeof item.content_html === 'string') problems.push(...contentProblems(item.content_html, where('content_html')))
  })
  return problems
}

// --- iCalendar (RFC 5545) ------------------------------------------------

/** Properties whose value is TEXT, so must be escaped. */
const TEXT_PROPERTIES = new Set(['PRODID', 'X-WR-CALNAME', 'X-WR-CALDESC', 'UID', 'SUMMARY', 'DESCRIPTION', 'CATEGORIES', 'LOCATION'])

/** Unfolds content lines (RFC 5545 3.1): a line break followed by one space or tab continues the line. */
export function unfold(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((line, i, all) => line || i < all.length - 1)
}

/** RFC 5545's rules a generated calendar can break. */
export function icalendarProblems(bytes: Buffer, where: string): string[] {
  const problems: string[] = []
  const at = (what: string) => `${where} ${what}`
  const body = bytes.toString('utf8')
  if (!body.endsWith('\r\n')) problems.push(at('does not end with CRLF'))
  if (/\r(?!\n)|(?<!\r)\n/.test(body)) problems.push(at('has a line break that is not CRLF'))

  // Folding: at most 75 octets a physical line, and never inside a UTF-8 character.
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let start = 0
  let lineNumber = 0
  while (start < bytes.length) {
    let end = bytes.indexOf('\r\n', start)
    if (end < 0) end = bytes.length
    lineNumber++
    const line = bytes.subarray(start, end)
    if (line.length > 75) problems.push(at(`line ${lineNumber} is ${line.length} octets long`))
    try {
      decoder.decode(line)
    } catch {
      problems.push(at(`line ${lineNumber} splits a UTF-8 character`))
    }
    start = end + 2
  }

  const lines = unfold(body)
  if (lines[0] !== 'BEGIN:VCALENDAR' || lines.at(-1) !== 'END:VCALENDAR') problems.push(at('is not one VCALENDAR'))
  const calendarProps = lines.filter((l) => !/^(BEGIN|END):VEVENT$/.test(l))
  for (const required of ['VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']) {
    if (!lines.includes(required)) problems.push(at(`has no ${required}`))
  }
  if (!calendarProps.some((l) => l.startsWith('PRODID:'))) problems.push(at('has no PRODID'))
  if (!lines.some((l) => l.startsWith('X-WR-CALNAME:'))) problems.push(at('has no X-WR-CALNAME'))

  for (const line of lines) {
    if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(line)) problems.push(at(`line "${line.slice(0, 40)}" contains a control character`))
    const colon = line.indexOf(':')
    const name = line.slice(0, colon).split(';')[0]!
    if (!TEXT_PROPERTIES.has(name)) continue
    const value = line.slice(colon + 1)
    // Escaped: a backslash starts only \\ \; \, \n; a semicolon never stands alone; a comma only between CATEGORIES.
    const unescaped = value.replace(/\\[\\;,nN]/g, '')
    if (unescaped.includes('\\')) problems.push(at(`${name} has a stray backslash: ${value.slice(0, 60)}`))
    if (unescaped.includes(';')) problems.push(at(`${name} has an unescaped semicolon: ${value.slice(0, 60)}`))
    if (name !== 'CATEGORIES' && unescaped.includes(',')) problems.push(at(`${name} has an unescaped comma: ${value.slice(0, 60)}`))
  }

  const uids = new Set<string>()
  let event: string[] | null = null
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') event = []
    else if (line === 'END:VEVENT' && event) {
      const prop = (name: string) => event!.filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))
      const uid = prop('UID')
      const label = uid[0] ?? `event ${uids.size + 1}`
      for (const name of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY']) {
        if (prop(name).length !== 1) problems.push(at(`${label} has ${prop(name).length} ${name}`))
      }
      if (uid[0]) {
        if (uids.has(uid[0])) problems.push(at(`repeats ${uid[0]}`))
        uids.add(uid[0])
      }
      if (prop('DTSTAMP')[0] && !/^DTSTAMP:\d{8}T\d{6}Z$/.test(prop('DTSTAMP')[0]!)) problems.push(at(`${label} DTSTAMP is not a UTC date-time`))
      const startDate = /^DTSTART;VALUE=DATE:(\d{8})$/.exec(prop('DTSTART')[0] ?? '')?.[1]
      const endDate = /^DTEND;VALUE=DATE:(\d{8})$/.exec(prop('DTEND')[0] ?? '')?.[1]
      if (!startDate || !endDate) problems.push(at(`${label} is not an all-day event`))
      else {
        const day = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(4, 6)) - 1, Number(d.slice(6)))
        if (day(endDate) - day(startDate) !== 86_400_000) problems.push(at(`${label} does not end the next day`))
      }
      const url = prop('URL')[0]
      if (url && !ABSOLUTE.test(url.slice(4))) problems.push(at(`${label} URL is not absolute`))
      event = null
    } else if (event) event.push(line)
  }
  return problems
}
