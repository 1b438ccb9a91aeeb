// The tracker on each Welsh ask: the statuses and dates of the English version
// (progress.ts), with the notes and sources in Welsh.
import { keyed } from '../../keys.ts'
import { ref } from '../../references.ts'
import { nationIds, organisationName, updateUrl, type UpdateName } from '../ids.ts'
import { meetingRequests, meetings } from '../meetings.ts'
import { welshId } from './ids.ts'

type Nation = keyof typeof nationIds
type Status = 'not-raised' | 'raised' | 'meeting-requested' | 'meeting-held'

interface Entry {
  nation: Nation
  status: Status
  ministerMet?: string
  date?: string
  note: string
  report?: { title: string; update: UpdateName }
}

function entry({ nation, report, ...rest }: Entry) {
  return {
    _type: 'nationProgress',
    nation: ref(welshId(nationIds[nation])),
    ...rest,
    ...(report ? { source: { _type: 'source', title: report.title, publisher: organisationName, url: updateUrl(report.update) } } : {}),
  }
}

/** The tracker for the four asks raised at both ministerial meetings; `topic` completes "to discuss …". */
export function raisedAtMeetingsCy(topic: string) {
  return keyed([
    entry({
      nation: 'england',
      status: 'meeting-held',
      ministerMet: 'Matt Hancock, yr Ysgrifennydd Gwladol dros Iechyd a Gofal Cymdeithasol',
      date: meetings.england.date,
      note: `Cyfarfu dau aelod o’n Grŵp Ymgyrchu â’r Ysgrifennydd Gwladol i drafod ${topic}.`,
      report: { title: 'Fe wnaethom gwrdd â’r Ysgrifennydd Gwladol dros Iechyd a Gofal Cymdeithasol', update: 'englandMeeting' },
    }),
    entry({
      nation: 'scotland',
      status: 'meeting-held',
      ministerMet: 'Jeane Freeman, Ysgrifennydd y Cabinet dros Iechyd a Chwaraeon',
      date: meetings.scotland.date,
      note: `Cyfarfu dau aelod o’n Grŵp Ymgyrchu ag Ysgrifennydd y Cabinet i drafod ${topic}.`,
      report: { title: 'Fe wnaethom gwrdd ag Ysgrifennydd y Cabinet dros Iechyd a Chwaraeon yr Alban', update: 'scotlandMeeting' },
    }),
    ...(['wales', 'northernIreland'] as const).map((nation) =>
      entry({
        nation,
        status: 'meeting-requested',
        date: meetingRequests.walesAndNorthernIreland,
        note: `Rydym wedi gofyn am gael cwrdd â’r ${nation === 'wales' ? 'Gweinidog Iechyd a Gwasanaethau Cymdeithasol' : 'Gweinidog Iechyd'} i drafod ${topic}.`,
        report: { title: 'Rydym wedi gofyn am gael cwrdd â’r gweinidogion iechyd yng Nghymru a Gogledd Iwerddon', update: 'walesAndNiRequests' },
      }),
    ),
  ])
}

/** The tracker for NHS plans, raised in our letters but not yet in a meeting. */
export function nhsPlansProgressCy() {
  const letter = { title: 'Rydym wedi ysgrifennu at bob un o’r pedwar gweinidog iechyd', update: 'lettersToMinisters' as const }
  return keyed([
    entry({ nation: 'england', status: 'raised', date: meetingRequests.atLaunch, note: 'Codwyd hyn yn ein llythyr at yr Ysgrifennydd Gwladol.', report: letter }),
    entry({ nation: 'scotland', status: 'raised', date: meetingRequests.atLaunch, note: 'Codwyd hyn yn ein llythyr at Ysgrifennydd y Cabinet.', report: letter }),
    entry({ nation: 'wales', status: 'raised', date: meetingRequests.atLaunch, note: 'Codwyd hyn yn ein llythyr at y Gweinidog Iechyd a Gwasanaethau Cymdeithasol.', report: letter }),
    entry({
      nation: 'northernIreland',
      status: 'not-raised',
      note: 'Nid oedd Gweithrediaeth yng Ngogledd Iwerddon pan ysgrifennon ni yn 2019. Byddwn yn codi hyn pan fyddwn yn cwrdd â’r Gweinidog Iechyd.',
    }),
  ])
}
