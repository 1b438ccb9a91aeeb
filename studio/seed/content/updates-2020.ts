// Updates from the ministerial meetings in early 2020 to the hand-in and the data due in April.
import {
  bold,
  bulletList,
  callout,
  callToAction,
  h2,
  h3,
  image,
  italic,
  link,
  paragraph,
  quote,
  richText,
} from '../portable-text.ts'
import type { SeedDocument } from './document.ts'
import { charitySite, petitionUrl } from './ids.ts'
import { allAsks, allNations, update } from './update.ts'

const credit = 'Illustration: Secondary Voices Breast Cancer Charity'

export const updates2020: SeedDocument[] = [
  update('englandMeeting', {
    title: 'We met the Secretary of State for Health and Social Care',
    publishedAt: '2020-01-23T11:00:00Z',
    kind: 'campaign-news',
    summary: 'Two more members of our Campaign Group met Matt Hancock to make the case for people living with secondary breast cancer in England.',
    hero: { artwork: 'meeting-table.png', alt: 'People seated around a round table with papers on it, seen from above.', credit },
    asks: ['promptDiagnosis', 'nurseSpecialists', 'treatment', 'data'],
    nations: ['england'],
    body: richText(
      paragraph(
        'Following our meeting in Scotland in December, two more members of our Secondary Breast Cancer Campaign Group have met Matt Hancock, the Secretary of State for Health and Social Care.',
      ),
      h2('What we talked about'),
      paragraph('They raised the same four issues as in Scotland:'),
      bulletList(
        [link('data collection', '/asks/data-collection/')],
        [link('access to Clinical Nurse Specialists', '/asks/clinical-nurse-specialists/')],
        [link('access to treatment and clinical trials', '/asks/access-to-treatment/')],
        [link('delays in diagnosis', '/asks/prompt-diagnosis/')],
      ),
      paragraph(
        'On data, we explained that England’s national cancer dataset is due to publish new figures in April, with better ways to record a secondary diagnosis. We will be watching closely to see whether everyone is counted.',
      ),
      paragraph('Follow progress on our ', link('England page', '/nations/england/'), '.'),
    ),
  }),

  update('walesAndNiRequests', {
    title: 'We have asked to meet health ministers in Wales and Northern Ireland',
    publishedAt: '2020-01-30T14:00:00Z',
    kind: 'campaign-news',
    summary: 'After meetings in Scotland and England, we want people with secondary breast cancer in Wales and Northern Ireland to be heard too.',
    hero: { artwork: 'four-nations.png', alt: 'The four nations of the UK drawn as coloured shapes, each with a pin.', credit },
    asks: allAsks,
    nations: ['wales', 'northernIreland'],
    body: richText(
      paragraph('Health ministers in Scotland and England have now met members of our Campaign Group. We want the same in every nation.'),
      h2('Wales'),
      paragraph('We have written again to Vaughan Gething, Minister for Health and Social Services, asking him to meet people living with secondary breast cancer in Wales.'),
      h2('Northern Ireland'),
      paragraph(
        'With the Northern Ireland Executive back in place this month, we have written to the new Minister of Health, Robin Swann, to ask for a meeting.',
      ),
      callToAction('Add your voice', petitionUrl),
    ),
  }),

  update('sixtyThousand', {
    title: 'More than 60,000 of you have signed: thank you',
    publishedAt: '2020-02-12T09:00:00Z',
    kind: 'campaign-news',
    summary: 'Our petition has passed 60,000 signatures. We will hand it in to the Cancer Minister on 3 March.',
    hero: { artwork: 'petition-box.png', alt: 'Petition sheets going into a pink box marked with a tick, beside stacks of paper.', credit },
    asks: allAsks,
    nations: allNations,
    body: richText(
      paragraph(bold('More than 60,000 people'), ' have now signed our petition calling for better treatment, support and care for people living with secondary breast cancer.'),
      paragraph('Thank you to everyone who has signed, shared and collected signatures on paper.'),
      h2('What happens next'),
      paragraph('On 3 March we will hand the petition in to Jo Churchill, the Cancer Minister. There is still time to sign before then.'),
      callToAction('Sign the petition', petitionUrl),
    ),
  }),

  update('handInInvite', {
    title: 'Join us as we hand in the petition on 3 March',
    publishedAt: '2020-02-19T10:00:00Z',
    kind: 'event',
    summary: 'Come to Westminster on Tuesday 3 March to see our petition handed in to the Cancer Minister.',
    hero: { artwork: 'gathering.png', alt: 'A crowd of people in purple, pink and green holding up blank placards.', credit },
    nations: ['england'],
    body: richText(
      paragraph('On Tuesday 3 March, members of our Campaign Group will hand in our petition to Jo Churchill, the Cancer Minister. We would love you to be there.'),
      h2('When and where'),
      bulletList('Tuesday 3 March 2020', 'Meet at 11am in Westminster, London: we will send the exact place when you sign up'),
      callout('info', 'There will be seating and a quiet space. Please tell us about any access needs when you sign up.'),
      callToAction('Sign up to come', `${charitySite}/events/petition-hand-in/`),
    ),
  }),

  update('handedIn', {
    title: 'We handed in your petition to the Cancer Minister',
    publishedAt: '2020-03-04T09:00:00Z',
    updatedAt: '2020-03-06T16:30:00Z',
    kind: 'campaign-news',
    summary: 'More than 60,000 signatures calling for change for people with secondary breast cancer are now with the Cancer Minister.',
    hero: { artwork: 'gathering.png', alt: 'A crowd of people in purple, pink and green holding up blank placards.', credit },
    asks: allAsks,
    nations: ['england'],
    body: richText(
      paragraph('Yesterday, 3 March, we handed in our petition to Jo Churchill, the Cancer Minister.'),
      image('petition-box.png', {
        alt: 'Petition sheets going into a pink box marked with a tick, beside stacks of paper.',
        credit,
        caption: 'Online signatures and paper sheets, handed in together.',
      }),
      paragraph(
        bold('64,217 people'),
        ' had signed when we counted on 2 March: 61,342 online and 2,875 on paper.',
      ),
      quote('Every one of these names is someone who thinks people with secondary breast cancer deserve better. Thank you.'),
      paragraph(italic('Our Head of Campaigns')),
      h2('What happens next'),
      paragraph('We will keep pressing for action on all five of our asks, and keep asking to meet health ministers in Wales and Northern Ireland.'),
      callout('info', 'Updated on 6 March to include the final count of paper signatures.'),
    ),
  }),

  update('oneYearOn', {
    title: 'One year on: where our campaign stands',
    publishedAt: '2020-03-19T10:00:00Z',
    kind: 'campaign-news',
    summary: 'A year after launch: more than 60,000 signatures, two ministerial meetings, and new data on the way.',
    hero: { artwork: 'campaign-hero.png', alt: 'Rings of pink spreading outwards beside a purple ribbon loop.', credit },
    asks: allAsks,
    nations: allNations,
    body: richText(
      paragraph(
        'A year ago we launched our campaign for people living with secondary breast cancer. Here is what has happened since, and what comes next.',
      ),
      h2('Your petition'),
      paragraph('More than 60,000 of you signed our petition, and on 3 March we handed it in to Jo Churchill, the Cancer Minister.'),
      h2('Meeting ministers'),
      h3('Scotland'),
      paragraph('In December, two members of our Campaign Group met Jeane Freeman, Cabinet Secretary for Health and Sport.'),
      h3('England'),
      paragraph('In January, two more members met Matt Hancock, Secretary of State for Health and Social Care.'),
      h3('Wales and Northern Ireland'),
      paragraph('We are still asking to meet the health ministers in Wales and Northern Ireland.'),
      paragraph(
        'At both meetings we raised data collection, access to Clinical Nurse Specialists, access to treatment and clinical trials, and delays in diagnosis.',
      ),
      h2('What comes next'),
      paragraph(
        'In April, England’s national cancer dataset is due to publish new data, with better ways to record a secondary diagnosis. If that data is still incomplete, ',
        link('counting everyone diagnosed', '/asks/data-collection/'),
        ' will be our priority for the coming year.',
      ),
      callToAction('Stay in touch', '/#stay-in-touch'),
    ),
  }),

  update('cosdData', {
    title: 'New cancer data for England: what we will be looking for',
    publishedAt: '2020-04-06T09:00:00Z',
    kind: 'research',
    summary: 'England’s national cancer dataset is due to publish new data this month. We will check whether it counts everyone with secondary breast cancer.',
    hero: { artwork: 'data-bars.png', alt: 'A bar chart whose bars rise towards a dashed target line.', credit },
    asks: ['data'],
    nations: ['england'],
    body: richText(
      paragraph(
        'This month, the Cancer Outcomes and Services Dataset (COSD), England’s national cancer dataset, is due to publish new data. It includes better ways to record when someone is diagnosed with secondary breast cancer.',
      ),
      h2('Why it matters'),
      paragraph(
        'If we do not know how many people are living with secondary breast cancer, the NHS cannot plan the nurses, treatments and services they need.',
      ),
      image('data-bars.png', {
        alt: 'A bar chart whose bars rise towards a dashed target line.',
        credit,
        caption: 'The goal: every secondary diagnosis recorded.',
      }),
      h2('What we will look for'),
      bulletList('Is every secondary diagnosis being recorded?', 'Is the data complete enough to plan services with?'),
      callout('warning', 'If the data is still incomplete, counting everyone diagnosed will become our campaign priority for the coming year.'),
    ),
  }),
]
