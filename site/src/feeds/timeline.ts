import type { SiteContent } from '../content/index.ts'
import { dictionary } from '../i18n/index.ts'
import { absolute } from '../lib/urls.ts'
import { writeCalendar, type CalendarEvent } from './icalendar.ts'

/**
 * The campaign's milestones, past and upcoming, as an iCalendar feed, in the
 * content's language (/timeline.ics, /cy/timeline.ics). Each UID is the milestone's
 * document id at the site's host, so a calendar app updates an edited milestone in
 * place instead of adding it again.
 */
export function timelineCalendar(content: SiteContent): string {
  const words = dictionary(content.language)
  const host = content.siteUrl.host
  const events: CalendarEvent[] = [...content.milestones]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((milestone) => {
      const report = milestone.report ? absolute(milestone.report.path, content.siteUrl) : null
      return {
        uid: `${milestone.id}@${host}`,
        date: milestone.date,
        summary: milestone.title,
        // Many calendar apps hide URL, so the link to the report is in the text too.
        description: [milestone.outcome, report && words.timeline.readUpdate(report)].filter(Boolean).join('\n\n') || null,
        url: report,
        categories: [milestone.kindLabel, ...(milestone.nation ? [milestone.nation.title] : [])],
      }
    })
  return writeCalendar({
    // The PRODID's language: the calendar's text is in it (RFC 5545 3.7.3).
    prodId: `-//${content.settings.organisationName}//${content.settings.title} timeline//${content.language.toUpperCase()}`,
    name: words.calendar.name(content.settings.title),
    description: words.calendar.description(content.campaign.name),
    stamp: content.now,
    events,
  })
}

/** Served as a calendar; a static host names the type from the .ics extension. */
export function calendarResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
