// Progress entries for the per-nation tracker on each ask (`nationProgress` objects).
import { keyed } from '../keys.ts'
import { ref } from '../references.ts'
import { nationIds, organisationName, updateUrl, type UpdateName } from './ids.ts'
import { meetingRequests, meetings } from './meetings.ts'

type Nation = keyof typeof nationIds
type Status = 'not-raised' | 'raised' | 'meeting-requested' | 'meeting-held' | 'commitment-made' | 'delivered'

interface Entry {
  nation: Nation
  status: Status
  ministerMet?: string
  date?: string
  note?: string
  report?: { title: string; update: UpdateName }
}

function entry({ nation, report, ...rest }: Entry) {
  return {
    _type: 'nationProgress',
    nation: ref(nationIds[nation]),
    ...rest,
    ...(report
      ? {
          source: {
            _type: 'source',
            title: report.title,
            publisher: organisationName,
            url: updateUrl(report.update),
          },
        }
      : {}),
  }
}

const metScotland = (note: string) =>
  entry({
    nation: 'scotland',
    status: 'meeting-held',
    ministerMet: meetings.scotland.minister,
    date: meetings.scotland.date,
    note,
    report: { title: 'We met Scotland’s Cabinet Secretary for Health and Sport', update: 'scotlandMeeting' },
  })

const metEngland = (note: string) =>
  entry({
    nation: 'england',
    status: 'meeting-held',
    ministerMet: meetings.england.minister,
    date: meetings.england.date,
    note,
    report: { title: 'We met the Secretary of State for Health and Social Care', update: 'englandMeeting' },
  })

const requested = (nation: 'wales' | 'northernIreland', note: string) =>
  entry({
    nation,
    status: 'meeting-requested',
    date: meetingRequests.walesAndNorthernIreland,
    note,
    report: { title: 'We have asked to meet health ministers in Wales and Northern Ireland', update: 'walesAndNiRequests' },
  })

/** The tracker for the four asks raised at both ministerial meetings. */
export function raisedAtMeetings(topic: string) {
  return keyed([
    metEngland(`Two members of our Campaign Group raised ${topic} with the Secretary of State.`),
    metScotland(`Two members of our Campaign Group raised ${topic} with the Cabinet Secretary.`),
    requested('wales', `We have asked to meet the Minister for Health and Social Services to discuss ${topic}.`),
    requested('northernIreland', `We have asked to meet the Minister of Health to discuss ${topic}.`),
  ])
}

/** The tracker for NHS plans, which came up in our letters but not yet in a meeting. */
export function nhsPlansProgress() {
  const letter = { title: 'We have written to all four health ministers', update: 'lettersToMinisters' as const }
  return keyed([
    entry({ nation: 'england', status: 'raised', date: meetingRequests.atLaunch, note: 'Raised in our letter to the Secretary of State.', report: letter }),
    entry({ nation: 'scotland', status: 'raised', date: meetingRequests.atLaunch, note: 'Raised in our letter to the Cabinet Secretary.', report: letter }),
    entry({ nation: 'wales', status: 'raised', date: meetingRequests.atLaunch, note: 'Raised in our letter to the Minister for Health and Social Services.', report: letter }),
    entry({
      nation: 'northernIreland',
      status: 'not-raised',
      note: 'There was no Executive when we wrote in 2019. We will raise this when we meet the Minister of Health.',
    }),
  ])
}
