import { ref } from '../references.ts'
import type { SeedDocument } from './document.ts'
import { nationIds, updateIds, type UpdateName } from './ids.ts'
import { meetingRequests, meetings } from './meetings.ts'
import { updates2019 } from './updates-2019.ts'
import { updates2020 } from './updates-2020.ts'

type Kind = 'launch' | 'meeting' | 'petition-hand-in' | 'response' | 'data-publication' | 'other'

interface MilestoneFields {
  title: string
  date: string
  kind: Kind
  nation?: keyof typeof nationIds
  outcome?: string
  report?: UpdateName
}

/** When the report went out: an editor can only link a milestone to an update that exists. */
function reportedAt(name: UpdateName): string {
  const report = [...updates2019, ...updates2020].find((doc) => doc._id === updateIds[name])
  if (typeof report?.publishedAt !== 'string') throw new Error(`Milestone report ${name} is not a published update`)
  return report.publishedAt.replace(/:00Z$/, ':42Z')
}

function milestone(id: string, { nation, report, ...fields }: MilestoneFields): SeedDocument {
  const created = `${fields.date}T17:30:00Z`
  const linked = report ? reportedAt(report) : created
  return {
    _id: `milestone-${id}`,
    _type: 'milestone',
    _createdAt: created,
    _updatedAt: linked > created ? linked : created,
    ...fields,
    ...(nation ? { nation: ref(nationIds[nation]) } : {}),
    ...(report ? { report: ref(updateIds[report]) } : {}),
  }
}

export const milestones: SeedDocument[] = [
  milestone('launch', {
    title: 'Campaign launched',
    date: '2019-04-09',
    kind: 'launch',
    outcome: 'We called on all four UK governments to improve treatment, support and care for people with secondary breast cancer.',
    report: 'launch',
  }),
  milestone('letters-to-ministers', {
    title: 'Letters to all four health ministers',
    date: meetingRequests.atLaunch,
    kind: 'other',
    outcome: 'We asked each health minister to meet people living with secondary breast cancer.',
    report: 'lettersToMinisters',
  }),
  milestone('drug-appraisal-response', {
    title: 'Response to a drug appraisal',
    date: '2019-08-14',
    kind: 'response',
    outcome: 'We shared patients’ views on a treatment for secondary breast cancer.',
    report: 'drugAppraisal',
  }),
  milestone('meeting-scotland', {
    title: 'Meeting with the Cabinet Secretary for Health and Sport',
    date: meetings.scotland.date,
    kind: 'meeting',
    nation: 'scotland',
    outcome:
      'Two Campaign Group members met Jeane Freeman and raised data collection, Clinical Nurse Specialists, access to treatment and trials, and delays in diagnosis.',
    report: 'scotlandMeeting',
  }),
  milestone('meeting-england', {
    title: 'Meeting with the Secretary of State for Health and Social Care',
    date: meetings.england.date,
    kind: 'meeting',
    nation: 'england',
    outcome: 'Two more Campaign Group members met Matt Hancock and raised the same four issues.',
    report: 'englandMeeting',
  }),
  milestone('meeting-request-wales', {
    title: 'Meeting requested with the Minister for Health and Social Services',
    date: meetingRequests.walesAndNorthernIreland,
    kind: 'other',
    nation: 'wales',
    outcome: 'We asked Vaughan Gething to meet people living with secondary breast cancer in Wales.',
    report: 'walesAndNiRequests',
  }),
  milestone('meeting-request-northern-ireland', {
    title: 'Meeting requested with the Minister of Health',
    date: meetingRequests.walesAndNorthernIreland,
    kind: 'other',
    nation: 'northernIreland',
    outcome: 'We asked Robin Swann to meet people living with secondary breast cancer in Northern Ireland.',
    report: 'walesAndNiRequests',
  }),
  milestone('petition-60000', {
    title: 'Petition passed 60,000 signatures',
    date: '2020-02-11',
    kind: 'other',
    report: 'sixtyThousand',
  }),
  milestone('petition-hand-in', {
    title: 'Petition handed in to the Cancer Minister',
    date: '2020-03-03',
    kind: 'petition-hand-in',
    nation: 'england',
    outcome: 'We handed 64,217 signatures, online and on paper, to Jo Churchill, the Cancer Minister.',
    report: 'handedIn',
  }),
  milestone('cosd-data', {
    title: 'New national cancer data for England due',
    date: '2020-04-30',
    kind: 'data-publication',
    nation: 'england',
    outcome:
      'The Cancer Outcomes and Services Dataset is due to publish new data this month, with better ways to record a secondary diagnosis.',
    report: 'cosdData',
  }),
]
