import type { APIRoute } from 'astro'
import { getContent } from '../content/index.ts'
import { calendarResponse, timelineCalendar } from '../feeds/timeline.ts'

/** The campaign's milestones, for calendar apps to subscribe to. */
export const GET: APIRoute = async () => calendarResponse(timelineCalendar(await getContent()))
