// Content that is in the dataset but must never reach the public site: a draft, a release
// version, an update scheduled for the future, and two stories whose consent no longer holds.
import { callout, h2, paragraph, richText } from '../portable-text.ts'
import type { SeedDocument } from './document.ts'
import { updateIds } from './ids.ts'
import { story } from './story.ts'
import { update } from './update.ts'
import { updates2020 } from './updates-2020.ts'

const published = (id: string): SeedDocument => {
  const doc = updates2020.find((d) => d._id === id)
  if (!doc) throw new Error(`No published update ${id} to base a draft or version on`)
  return doc
}

const oneYearOn = published(updateIds.oneYearOn)
/** An editor's unpublished changes to a published update. */
export const draftUpdate: SeedDocument = {
  ...oneYearOn,
  _id: `drafts.${updateIds.oneYearOn}`,
  _createdAt: '2020-03-19T09:12:00Z',
  _updatedAt: '2020-04-02T15:47:21Z',
  title: 'DRAFT One year on: where our campaign stands, and what April could change',
  body: richText(
    callout('warning', 'Draft: not ready to publish. Waiting for the April data.'),
    ...(oneYearOn.body as ReturnType<typeof richText>),
  ),
}

export const releaseName = 'rAprilData'

/** The content release the version below belongs to, as `sanity dataset export` writes it. */
export const release: SeedDocument = {
  _id: `_.releases.${releaseName}`,
  _type: 'system.release',
  _createdAt: '2020-04-07T10:00:00Z',
  _updatedAt: '2020-04-07T10:00:00Z',
  name: releaseName,
  state: 'active',
  metadata: {
    title: 'Our first look at the April data',
    description: 'Changes to publish together once the new COSD data is out.',
    releaseType: 'undecided',
  },
}

const cosdData = published(updateIds.cosdData)
/** A version of a published update, waiting in the release. */
export const releaseVersion: SeedDocument = {
  ...cosdData,
  _id: `versions.${releaseName}.${updateIds.cosdData}`,
  _createdAt: '2020-04-07T10:05:00Z',
  _updatedAt: '2020-04-07T11:26:40Z',
  title: 'RELEASE VERSION New cancer data for England: our first look',
  body: richText(
    paragraph('UNPUBLISHED: this version is part of a release that has not been published.'),
    ...(cosdData.body as ReturnType<typeof richText>),
  ),
}

/** Published in the Studio with a date in 2030: the site must hold it back until then. */
export const scheduledUpdate: SeedDocument = update('scheduled', {
  title: 'SCHEDULED Our priorities for the year ahead',
  publishedAt: '2030-01-15T09:00:00Z',
  kind: 'campaign-news',
  summary: 'Scheduled for 2030: this update must not appear on the site before then.',
  asks: ['data'],
  body: richText(
    paragraph('This update is scheduled for 15 January 2030. If you can read it on the public site before then, something is wrong.'),
    h2('Our priority: counting everyone'),
    paragraph('Sample text for a future update about data collection.'),
  ),
  _createdAt: '2020-04-20T10:00:00Z',
  _updatedAt: '2020-04-20T10:14:52Z',
})

export const withdrawnStory: SeedDocument = story({
  slug: 'dani-finding-people-who-understand',
  title: 'WITHDRAWN Sample story: finding people who understand',
  naming: 'first-name',
  fullName: 'Dani Clarke',
  summary: 'Sample story about a fictional person whose consent was withdrawn: it must not appear anywhere.',
  consent: { givenOn: '2019-05-20', withdrawn: true, channels: ['site', 'feeds'] },
  _createdAt: '2019-05-27T10:00:00Z',
  _updatedAt: '2020-02-17T09:30:00Z',
  body: richText(paragraph('Sample story: Dani is a fictional person. Consent for this story was withdrawn, so it must not be shown.')),
})

export const expiredStory: SeedDocument = story({
  slug: 'sam-working-with-secondary-breast-cancer',
  title: 'EXPIRED Sample story: working while living with secondary breast cancer',
  naming: 'full-name',
  fullName: 'Sam Okafor',
  age: 38,
  place: 'Manchester',
  summary: 'Sample story about a fictional person whose consent has expired: it must not appear anywhere.',
  consent: { givenOn: '2019-02-04', expiresOn: '2020-02-03', channels: ['site', 'feeds', 'social'] },
  _createdAt: '2019-02-11T10:00:00Z',
  body: richText(paragraph('Sample story: Sam is a fictional person. Consent for this story expired on 3 February 2020, so it must not be shown.')),
})

export const unpublishable: SeedDocument[] = [draftUpdate, release, releaseVersion, scheduledUpdate, withdrawnStory, expiredStory]
