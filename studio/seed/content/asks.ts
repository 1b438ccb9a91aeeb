import { keyed } from '../keys.ts'
import { bold, bulletList, callout, h2, link, paragraph, richText } from '../portable-text.ts'
import { slug, type SeedDocument } from './document.ts'
import { askIds, charitySite, organisationName } from './ids.ts'
import { nhsPlansProgress, raisedAtMeetings } from './progress.ts'
import { askReviews } from './review-dates.ts'

const source = (title: string, publisher: string, url: string, accessedOn = '2020-02-24') => ({
  _type: 'source',
  title,
  publisher,
  url,
  accessedOn,
})

const ask = (id: keyof typeof askReviews, order: number, fields: Omit<SeedDocument, '_id' | '_type'>): SeedDocument => ({
  _id: id,
  _type: 'ask',
  _createdAt: `2019-03-2${order}T14:0${order}:00Z`,
  _updatedAt: '2020-01-30T15:12:44Z',
  order,
  ...fields,
  ...askReviews[id],
})

export const asks: SeedDocument[] = [
  ask(askIds.promptDiagnosis, 1, {
    title: 'Prompt diagnosis',
    slug: slug('prompt-diagnosis'),
    summary: 'Diagnose secondary breast cancer promptly, so that treatment and support can start quickly.',
    body: richText(
      paragraph(
        'Many people face delays before they are told they have secondary breast cancer. Some of these delays could be avoided. Symptoms can be mistaken for everyday aches or other conditions, and people are not always taken seriously when they report them.',
      ),
      h2('What we are asking for'),
      paragraph(
        'Everyone who shows signs of secondary breast cancer should be diagnosed promptly, so that their treatment and supportive care can begin ',
        bold('without delay'),
        '.',
      ),
      bulletList(
        'Tell everyone who finishes treatment for primary breast cancer which signs to look out for.',
        'Make sure that when people report those signs, they are checked quickly.',
      ),
      paragraph('Read how ', link('Laura pushed for the checks she needed', '/stories/laura-pushed-for-checks/'), '.'),
    ),
    evidence: keyed([
      source('Secondary breast cancer: signs and symptoms', organisationName, `${charitySite}/information/signs-and-symptoms/`),
    ]),
    progress: raisedAtMeetings('delays in diagnosis'),
    talkingPoints: [
      'Ask how long people in your area wait between reporting symptoms and a diagnosis of secondary breast cancer.',
      'Ask that everyone finishing treatment for primary breast cancer is told which signs to look out for.',
      'Say why a quick diagnosis matters to you, in your own words.',
    ],
  }),
  ask(askIds.nurseSpecialists, 2, {
    title: 'A Clinical Nurse Specialist for everyone',
    slug: slug('clinical-nurse-specialists'),
    summary: 'Give everyone with secondary breast cancer regular access to a Clinical Nurse Specialist.',
    body: richText(
      paragraph(
        'A Clinical Nurse Specialist (CNS) is an experienced nurse who supports people through their treatment and care. They help people understand their options, manage symptoms and find other support.',
      ),
      paragraph(
        'People who see a CNS regularly get much better support. But far too many people living with secondary breast cancer see one rarely, or never.',
      ),
      h2('What we are asking for'),
      paragraph('Everyone living with secondary breast cancer should have regular access to a Clinical Nurse Specialist.'),
    ),
    evidence: keyed([
      source('National Cancer Patient Experience Survey', 'NHS England', 'https://www.ncpes.co.uk/'),
    ]),
    progress: raisedAtMeetings('access to Clinical Nurse Specialists'),
    talkingPoints: [
      'Ask whether everyone with secondary breast cancer near you can see a Clinical Nurse Specialist.',
      'Ask what is being done to train and keep more specialist nurses.',
      'If you or someone close to you has seen a CNS, or could not, say what difference it made.',
    ],
  }),
  ask(askIds.treatment, 3, {
    title: 'Quick access to effective treatments',
    slug: slug('access-to-treatment'),
    summary: 'Make clinically effective treatments and clinical trials available to patients quickly.',
    body: richText(
      paragraph(
        'Quick access to treatments that work can extend the time before the disease progresses, in some cases extend life, and improve quality of life. When access is delayed, patients miss out.',
      ),
      h2('What we are asking for'),
      bulletList(
        'Make clinically effective treatments available quickly in every nation.',
        'Make sure decision makers hear the views of patients when they appraise new drugs.',
        'Give more people the chance to take part in clinical trials.',
      ),
      callout(
        'info',
        'We respond to drug appraisals so that the experiences of people living with secondary breast cancer are part of the decision.',
      ),
    ),
    evidence: keyed([
      source(
        'Technology appraisal guidance',
        'National Institute for Health and Care Excellence',
        'https://www.nice.org.uk/about/what-we-do/our-programmes/nice-guidance/nice-technology-appraisal-guidance',
      ),
      source('Scottish Medicines Consortium', 'Scottish Medicines Consortium', 'https://www.scottishmedicines.org.uk/'),
      source('Be Part of Research', 'National Institute for Health Research', 'https://bepartofresearch.nihr.ac.uk/'),
    ]),
    progress: raisedAtMeetings('access to treatment and clinical trials'),
    talkingPoints: [
      'Ask that effective new treatments reach patients without delay once they are approved.',
      'Ask that patients\' views are heard when treatments are appraised.',
      'Ask how people near you can find out about clinical trials they could join.',
    ],
  }),
  ask(askIds.data, 4, {
    title: 'Count everyone who is diagnosed',
    slug: slug('data-collection'),
    summary: 'Count the number of people diagnosed with secondary breast cancer, so services can be planned for them.',
    body: richText(
      paragraph(
        'Nobody knows exactly how many people are living with secondary breast cancer in the UK. Without that number, the people who commission and provide services cannot plan for the people who need them.',
      ),
      h2('What we are asking for'),
      paragraph('Every nation should count the number of people diagnosed with secondary breast cancer.'),
      paragraph(
        'In England, the national cancer dataset, the ',
        link('Cancer Outcomes and Services Dataset (COSD)', 'http://www.ncin.org.uk/collecting_and_using_data/data_collection/cosd'),
        ', is due to publish new data in April 2020, with better ways to record a secondary diagnosis.',
      ),
      callout(
        'warning',
        'If the new data is still incomplete, counting everyone diagnosed will become our priority for the coming year.',
      ),
    ),
    evidence: keyed([
      source(
        'Cancer Outcomes and Services Dataset (COSD)',
        'National Cancer Registration and Analysis Service',
        'http://www.ncin.org.uk/collecting_and_using_data/data_collection/cosd',
      ),
    ]),
    progress: raisedAtMeetings('data collection'),
    talkingPoints: [
      'Ask how many people are living with secondary breast cancer where you live: nobody knows for certain.',
      'Ask that every secondary diagnosis is recorded, so services can be planned around the people who need them.',
    ],
  }),
  ask(askIds.nhsPlans, 5, {
    title: 'Put secondary breast cancer in NHS plans',
    slug: slug('nhs-plans'),
    summary: 'Put the needs of people with secondary breast cancer at the heart of NHS plans across the UK.',
    body: richText(
      paragraph(
        'Each nation’s health service makes long-term plans for cancer care. People living with secondary breast cancer have needs that are different from those of people with primary breast cancer, and plans should say how they will be met.',
      ),
      h2('What we are asking for'),
      paragraph('The needs of people with secondary breast cancer should be at the heart of NHS plans in all four nations.'),
    ),
    evidence: keyed([source('The NHS Long Term Plan', 'NHS England', 'https://www.longtermplan.nhs.uk/')]),
    progress: nhsPlansProgress(),
    talkingPoints: [
      'Ask that local NHS plans name people living with secondary breast cancer and say what they will get.',
      'Say what good treatment, support and care would mean to you.',
    ],
  }),
]
