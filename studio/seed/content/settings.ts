import { keyed } from '../keys.ts'
import type { SeedDocument } from './document.ts'
import { charitySite, organisationName } from './ids.ts'

export const siteSettings: SeedDocument = {
  _id: 'siteSettings',
  _type: 'siteSettings',
  _createdAt: '2019-03-18T10:02:47Z',
  _updatedAt: '2019-11-04T12:15:30Z',
  title: 'Live well for longer',
  description:
    'Our campaign for better treatment, support and care for people living with secondary breast cancer across the UK. Sample content for a demo site.',
  organisationName,
  // Placeholder numbers: this is an invented charity, not a registered one.
  charityNumbers: keyed([
    { _type: 'charityNumber', jurisdiction: 'England and Wales', number: '0000000' },
    { _type: 'charityNumber', jurisdiction: 'Scotland', number: 'SC000000' },
  ]),
  newsletter: {
    formAction: `${charitySite}/newsletter/subscribe`,
    emailFieldName: 'email',
    consentText:
      'We will email you campaign news, events and ways to get involved. You can unsubscribe at any time using the link in every email.',
    privacyPolicyUrl: `${charitySite}/privacy/`,
  },
  socialLinks: keyed([
    { _type: 'link', label: 'Follow us on Mastodon', url: 'https://social.example.org/@secondaryvoices' },
    { _type: 'link', label: 'Watch our videos', url: 'https://video.example.org/c/secondaryvoices' },
  ]),
  footerLinks: keyed([
    { _type: 'link', label: 'About the charity', url: `${charitySite}/about/` },
    { _type: 'link', label: 'Privacy notice', url: `${charitySite}/privacy/` },
    { _type: 'link', label: 'Accessibility statement', url: `${charitySite}/accessibility/` },
    { _type: 'link', label: 'Contact us', url: `${charitySite}/contact/` },
  ]),
}
