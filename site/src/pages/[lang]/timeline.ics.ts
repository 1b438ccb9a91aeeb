import type { APIRoute } from 'astro'
import { getContent } from '../../content/index.ts'
import { calendarResponse, timelineCalendar } from '../../feeds/timeline.ts'
import { inOtherLanguages, languagePages } from '../../lib/page-paths.ts'

/** The Welsh timeline's milestones, for calendar apps to subscribe to (/cy/timeline.ics). */
export const getStaticPaths = () => inOtherLanguages(languagePages)
export const GET: APIRoute<{ language: string }> = async ({ props }) => calendarResponse(timelineCalendar(await getContent(props.language)))
