// Updates from the campaign's launch in April 2019 to the end of that year.
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

export const updates2019: SeedDocument[] = [
  update('launch', {
    title: 'We are launching our campaign for people with secondary breast cancer',
    publishedAt: '2019-04-09T08:00:00Z',
    kind: 'campaign-news',
    summary:
      'Today we launch Live well for longer, calling on all four UK governments to improve treatment, support and care for people with secondary breast cancer.',
    hero: { artwork: 'campaign-hero.png', alt: 'Rings of pink spreading outwards beside a purple ribbon loop.', credit },
    asks: allAsks,
    nations: allNations,
    body: richText(
      paragraph(
        'Secondary breast cancer is breast cancer that has spread to other parts of the body. It cannot be cured, but with the right treatment and care many people live well with it for some time.',
      ),
      paragraph(
        'Today we are launching ',
        italic('Live well for longer'),
        '. We are calling on the governments of England, Scotland, Wales and Northern Ireland to improve the treatment, support and care that people living with secondary breast cancer receive.',
      ),
      h2('What we are asking for'),
      bulletList(
        [link('Prompt diagnosis', '/asks/prompt-diagnosis/'), ', so treatment and support can start quickly.'],
        [link('A Clinical Nurse Specialist', '/asks/clinical-nurse-specialists/'), ' for everyone who needs one.'],
        [link('Quick access to effective treatments', '/asks/access-to-treatment/'), ' and to clinical trials.'],
        [link('Counting everyone who is diagnosed', '/asks/data-collection/'), ', so services can be planned.'],
        [link('A place in NHS plans', '/asks/nhs-plans/'), ' for the needs of people with secondary breast cancer.'],
      ),
      paragraph(
        'We are also asking each nation’s health minister to meet people living with secondary breast cancer, to hear what they face.',
      ),
      h2('Add your voice'),
      paragraph('The more people who sign, the harder our petition is to ignore.'),
      callToAction('Sign the petition', petitionUrl),
    ),
  }),

  update('lettersToMinisters', {
    title: 'We have written to all four health ministers',
    publishedAt: '2019-04-30T10:30:00Z',
    kind: 'campaign-news',
    summary: 'We have asked the health ministers of England, Scotland and Wales, and Northern Ireland’s Department of Health, to meet people with secondary breast cancer.',
    hero: { artwork: 'four-nations.png', alt: 'The four nations of the UK drawn as coloured shapes, each with a pin.', credit },
    asks: ['nhsPlans'],
    nations: allNations,
    body: richText(
      paragraph(
        'Health is run separately in each of the four nations of the UK, so we need to make our case four times. This week we wrote to each government.',
      ),
      h2('Who we wrote to'),
      bulletList(
        [bold('England:'), ' the Secretary of State for Health and Social Care'],
        [bold('Scotland:'), ' the Cabinet Secretary for Health and Sport'],
        [bold('Wales:'), ' the Minister for Health and Social Services'],
        [bold('Northern Ireland:'), ' the Department of Health, as there is currently no Executive'],
      ),
      paragraph(
        'Each letter sets out our five asks, explains why people with secondary breast cancer must be part of NHS plans, and asks for a meeting with members of our Secondary Breast Cancer Campaign Group.',
      ),
      paragraph('You can follow our progress in each nation on the ', link('nation pages', '/nations/england/'), '.'),
    ),
  }),

  update('campaignDay', {
    title: 'Campaign day in Birmingham: learn to make the case for change',
    publishedAt: '2019-06-18T09:00:00Z',
    kind: 'event',
    summary: 'Join our free campaign day on Saturday 13 July in Birmingham to learn how to talk to decision makers about secondary breast cancer.',
    hero: { artwork: 'gathering.png', alt: 'A crowd of people in purple, pink and green holding up blank placards.', credit },
    body: richText(
      paragraph(
        'Our first campaign day is for anyone who wants to help: people living with secondary breast cancer, their families and friends, and supporters.',
      ),
      h2('What you will do'),
      bulletList(
        'Hear from members of our Campaign Group about why they got involved.',
        'Practise telling your story to a politician or health board.',
        'Plan what you can do where you live.',
      ),
      h3('When and where'),
      paragraph('Saturday 13 July 2019, 10am to 3pm, in central Birmingham. We will send the venue details when you book.'),
      callout('info', 'The venue is step-free. Lunch is provided and we can cover travel costs. Tell us about any access needs when you book.'),
      callToAction('Book your free place', `${charitySite}/events/campaign-day-birmingham/`),
    ),
  }),

  update('drugAppraisal', {
    title: 'Our response to a drug appraisal: patients’ views must be heard',
    publishedAt: '2019-08-14T11:00:00Z',
    kind: 'consultation-response',
    summary: 'We have responded to a draft decision on a treatment for secondary breast cancer, sharing what patients told us.',
    asks: ['treatment'],
    nations: ['england', 'wales'],
    body: richText(
      paragraph(
        'Before a new medicine is made available on the NHS, an appraisal body looks at how well it works and whether it is good value. Patients and charities can comment on draft decisions.',
      ),
      paragraph(
        'This month we responded to a draft decision on a treatment for people with secondary breast cancer. Before we wrote our response, we asked people living with the disease what the treatment could mean for them.',
      ),
      h2('What we said'),
      bulletList(
        'More time before the disease progresses matters a great deal to patients and their families.',
        'Quality of life should carry real weight in the decision.',
        'Decision makers should hear directly from patients, not only about them.',
      ),
      quote(
        'A decision about a treatment is also a decision about time: time with family, time at work, time doing what matters. The people whose time it is must be heard.',
      ),
      paragraph(italic('Our Head of Policy')),
      paragraph('Read more about our ask for ', link('quick access to effective treatments', '/asks/access-to-treatment/'), '.'),
    ),
  }),

  update('cancerPlans', {
    title: 'Our response on cancer plans: include secondary breast cancer',
    publishedAt: '2019-09-18T09:30:00Z',
    kind: 'consultation-response',
    summary: 'Cancer plans across the UK must say how they will meet the needs of people living with secondary breast cancer.',
    asks: ['nhsPlans', 'data'],
    nations: allNations,
    body: richText(
      paragraph(
        'Over the summer, health services across the UK asked for views on how cancer care should develop in the years ahead. We responded to make sure secondary breast cancer is not left out.',
      ),
      h2('Our main points'),
      bulletList(
        'Plans should recognise that people with secondary breast cancer need care for the rest of their lives, not a single course of treatment.',
        'Plans cannot be delivered well without knowing how many people need care, so secondary diagnoses must be counted.',
        'Every plan should commit to access to a Clinical Nurse Specialist.',
      ),
      paragraph('Read our ask on ', link('NHS plans', '/asks/nhs-plans/'), '.'),
    ),
  }),

  update('knowTheSigns', {
    title: 'Secondary Breast Cancer Awareness Day: why knowing the signs matters',
    publishedAt: '2019-10-13T07:00:00Z',
    kind: 'campaign-news',
    summary: 'Knowing the signs of secondary breast cancer can help people get checked sooner. Two supporters share why.',
    asks: ['promptDiagnosis'],
    body: richText(
      paragraph(
        'Today is Secondary Breast Cancer Awareness Day. Knowing the signs of secondary breast cancer can help people ask for checks sooner, and prompt diagnosis means treatment and care can start sooner.',
      ),
      h2('Two stories'),
      paragraph(
        link('Laura', '/stories/laura-pushed-for-checks/'),
        ' learned about secondary breast cancer and its signs. Ten years later, she noticed symptoms and pushed for the checks she needed.',
      ),
      paragraph(
        link('Kerry', '/stories/kerry-symptoms-dismissed/'),
        ' also learned about the disease and noticed symptoms, but they were dismissed.',
      ),
      callout(
        'info',
        'If you have had breast cancer and notice a change that worries you, contact your breast care team or GP. You know your body best.',
      ),
      paragraph('Find out about the signs in our ', link('information pages', `${charitySite}/information/signs-and-symptoms/`), '.'),
    ),
  }),

  update('aiModel', {
    title: 'Researchers develop an AI model to predict spread of triple negative breast cancer',
    publishedAt: '2019-11-20T10:00:00Z',
    kind: 'research',
    summary:
      'A new artificial intelligence model can predict whether triple negative breast cancer will spread. Here is what that could mean.',
    hero: { artwork: 'research-network.png', alt: 'White and pink dots joined by thin lines on a dark blue background.', credit },
    body: richText(
      paragraph(
        'Researchers have developed an artificial intelligence (AI) model that can predict whether triple negative breast cancer will spread to other parts of the body.',
      ),
      h2('What is triple negative breast cancer?'),
      paragraph(
        'Triple negative breast cancer is a type of breast cancer whose cells do not have receptors for the hormones oestrogen and progesterone or for the protein HER2. This means some treatments that target those receptors do not work for it.',
      ),
      image('research-network.png', {
        decorative: true,
        credit,
        caption: 'AI models learn to spot patterns in large amounts of information.',
      }),
      h2('What could it mean for patients?'),
      paragraph(
        'Knowing who is most likely to see their cancer spread could one day help doctors decide who needs closer monitoring or different treatment.',
      ),
      callout(
        'info',
        'This research is at an early stage and does not change anyone’s treatment today. If you have questions about your own care, talk to your breast care team.',
      ),
    ),
  }),

  update('scotlandMeeting', {
    title: 'We met Scotland’s Cabinet Secretary for Health and Sport',
    publishedAt: '2019-12-12T12:00:00Z',
    kind: 'campaign-news',
    summary: 'Two members of our Campaign Group met Jeane Freeman to talk about what people living with secondary breast cancer face.',
    hero: { artwork: 'meeting-table.png', alt: 'People seated around a round table with papers on it, seen from above.', credit },
    asks: ['promptDiagnosis', 'nurseSpecialists', 'treatment', 'data'],
    nations: ['scotland'],
    body: richText(
      paragraph(
        'This month, two members of our Secondary Breast Cancer Campaign Group met Jeane Freeman, the Cabinet Secretary for Health and Sport. It is the first meeting with a health minister since our campaign began.',
      ),
      h2('What we talked about'),
      bulletList(
        [link('Data collection', '/asks/data-collection/'), ': counting everyone diagnosed with secondary breast cancer'],
        [link('Access to Clinical Nurse Specialists', '/asks/clinical-nurse-specialists/')],
        [link('Access to treatment and clinical trials', '/asks/access-to-treatment/')],
        [link('Delays in diagnosis', '/asks/prompt-diagnosis/')],
      ),
      quote(
        'This meeting is an important first step. People living with secondary breast cancer have told the Cabinet Secretary what needs to change. Now we want to see action.',
      ),
      paragraph(italic('Our Head of Campaigns')),
      h2('What happens next'),
      paragraph('We will keep in touch with the Scottish Government and report any commitments on our ', link('Scotland page', '/nations/scotland/'), '.'),
    ),
  }),
]
