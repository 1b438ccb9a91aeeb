// Supporter stories. Laura and Kerry are real supporters: their stories say only what they
// chose to share. Every other story is fictional sample content and says so.
import { callout, h2, link, paragraph, richText } from '../portable-text.ts'
import type { SeedDocument } from './document.ts'
import { story } from './story.ts'

const sampleNotice = (name: string) =>
  callout('info', `Sample story: ${name} is a fictional person. This story was written to show how supporter stories appear on this site.`)

export const stories: SeedDocument[] = [
  story({
    slug: 'laura-pushed-for-checks',
    title: 'Laura knew the signs, and pushed for the checks she needed',
    naming: 'first-name',
    fullName: 'Laura',
    summary: 'Laura learned the signs of secondary breast cancer. Ten years later she noticed symptoms and pushed to be checked.',
    asks: ['promptDiagnosis'],
    consent: { givenOn: '2019-09-23', channels: ['site', 'feeds', 'social'] },
    _createdAt: '2019-09-30T13:05:41Z',
    body: richText(
      paragraph('Laura learned about secondary breast cancer and the signs to look out for.'),
      paragraph('Ten years later, she noticed symptoms. Because she knew what they could mean, she pushed for the checks she needed.'),
      h2('Why Laura’s story matters'),
      paragraph(
        'Knowing the signs helped Laura ask for the right checks. Everyone who shows signs of secondary breast cancer should be diagnosed promptly, which is why ',
        link('prompt diagnosis', '/asks/prompt-diagnosis/'),
        ' is one of our asks.',
      ),
    ),
  }),

  story({
    slug: 'kerry-symptoms-dismissed',
    title: 'Kerry noticed symptoms, and they were dismissed',
    naming: 'first-name',
    fullName: 'Kerry',
    summary: 'Kerry learned about secondary breast cancer and noticed symptoms, but they were dismissed.',
    asks: ['promptDiagnosis'],
    // Kerry agreed to the story appearing on the site only, not in feeds or on social media.
    consent: { givenOn: '2019-09-26', channels: ['site'] },
    _createdAt: '2019-10-01T09:47:12Z',
    body: richText(
      paragraph('Kerry learned about secondary breast cancer and noticed symptoms. Those symptoms were dismissed.'),
      h2('Why Kerry’s story matters'),
      paragraph(
        'When someone reports signs of secondary breast cancer, they should be listened to and checked quickly. Read our ask for ',
        link('prompt diagnosis', '/asks/prompt-diagnosis/'),
        '.',
      ),
    ),
  }),

  story({
    slug: 'priya-nurse-specialist',
    title: 'Sample story: my nurse specialist helps me live well',
    naming: 'full-name',
    fullName: 'Priya Raman',
    age: 52,
    place: 'Leicester',
    summary: 'Sample story about a fictional person: how regular contact with a Clinical Nurse Specialist makes a difference.',
    portrait: { artwork: 'portrait-teal.png', alt: 'An abstract head-and-shoulders silhouette in green.', credit: 'Illustration: Secondary Voices Breast Cancer Charity' },
    asks: ['nurseSpecialists'],
    consent: { givenOn: '2019-11-04', expiresOn: '2035-11-03', channels: ['site', 'feeds', 'social'] },
    _createdAt: '2019-11-11T10:20:00Z',
    body: richText(
      sampleNotice('Priya'),
      paragraph(
        'I see my Clinical Nurse Specialist every few weeks. She knows my history, so I do not have to explain everything again each time.',
      ),
      paragraph('When a new symptom worries me, I know who to call. That means fewer sleepless nights and fewer trips to A&E.'),
      paragraph('Everyone with secondary breast cancer should have someone like her. That is why I support the ', link('ask for Clinical Nurse Specialists', '/asks/clinical-nurse-specialists/'), '.'),
    ),
  }),

  story({
    slug: 'waiting-for-a-treatment',
    title: 'Sample story: waiting for a treatment I was told could help',
    naming: 'anonymous',
    age: 44,
    place: 'South Wales',
    summary: 'Sample story about a fictional person: what it is like to wait while a treatment is appraised.',
    asks: ['treatment'],
    consent: { givenOn: '2019-08-01', channels: ['site', 'feeds'] },
    _createdAt: '2019-08-09T15:33:10Z',
    body: richText(
      callout('info', 'Sample story: the writer is a fictional person. This story was written to show how an anonymous story appears on this site.'),
      paragraph('My oncologist told me about a treatment that might give me more time before my cancer progresses. Then we waited to find out whether it would be available.'),
      paragraph('Waiting is hard when time matters so much. I want the people who make these decisions to hear from patients like me.'),
      paragraph('Read our ask for ', link('quick access to effective treatments', '/asks/access-to-treatment/'), '.'),
    ),
  }),

  story({
    slug: 'gareth-joined-up-care',
    title: 'Sample story: my wife’s care should have been joined up',
    naming: 'first-name',
    fullName: 'Gareth Morgan',
    place: 'Swansea',
    summary: 'Sample story about a fictional person: a husband on why care for secondary breast cancer needs planning.',
    portrait: { artwork: 'portrait-plum.png', alt: 'An abstract head-and-shoulders silhouette in purple.', credit: 'Illustration: Secondary Voices Breast Cancer Charity' },
    contentNote: 'This story mentions bereavement.',
    asks: ['nurseSpecialists', 'nhsPlans'],
    consent: { givenOn: '2020-01-13', channels: ['site', 'feeds', 'social'] },
    _createdAt: '2020-01-20T11:02:55Z',
    body: richText(
      sampleNotice('Gareth'),
      paragraph('My wife lived with secondary breast cancer for four years. She died last spring.'),
      paragraph(
        'Too often we had to chase appointments and repeat her story to new people. When she had a specialist nurse, things were better. When she did not, we felt on our own.',
      ),
      paragraph('I want every health service to plan for people like her. Read our ask on ', link('NHS plans', '/asks/nhs-plans/'), '.'),
    ),
  }),

  story({
    slug: 'morag-why-i-joined',
    title: 'Sample story: why I joined the Campaign Group',
    naming: 'full-name',
    fullName: 'Morag Fraser',
    age: 61,
    place: 'Inverness',
    summary: 'Sample story about a fictional person: why counting everyone diagnosed matters to one campaigner.',
    portrait: { artwork: 'portrait-sand.png', alt: 'An abstract head-and-shoulders silhouette in dark blue.', credit: 'Illustration: Secondary Voices Breast Cancer Charity' },
    asks: ['data'],
    // Shared on the site and social media, but not in feeds.
    consent: { givenOn: '2020-02-03', channels: ['site', 'social'] },
    _createdAt: '2020-02-10T14:44:08Z',
    body: richText(
      sampleNotice('Morag'),
      paragraph('When I was told my cancer had spread, I asked how many other people were in the same position. Nobody could tell me.'),
      paragraph('I joined the Campaign Group because I want that to change. You cannot plan services for people you have not counted.'),
      paragraph('Read our ask to ', link('count everyone who is diagnosed', '/asks/data-collection/'), '.'),
    ),
  }),
]
