import { keyed } from '../../keys.ts'
import type { SeedDocument } from '../document.ts'
import { charitySite, organisationName } from '../ids.ts'

// The charity's registered name and numbers are the same in both languages;
// what a reader reads is in Welsh.
export const siteSettingsCy: SeedDocument = {
  _id: 'siteSettings-cy',
  _type: 'siteSettings',
  language: 'cy',
  _createdAt: '2019-03-25T09:10:02Z',
  _updatedAt: '2019-11-04T12:40:18Z',
  title: 'Byw’n dda am yn hirach',
  description:
    'Ein hymgyrch dros well triniaeth, cymorth a gofal i bobl sy’n byw gyda chanser eilaidd y fron ledled y DU. Cynnwys enghreifftiol ar gyfer safle arddangos.',
  organisationName,
  charityNumbers: keyed([
    { _type: 'charityNumber', jurisdiction: 'Cymru a Lloegr', number: '0000000' },
    { _type: 'charityNumber', jurisdiction: 'Yr Alban', number: 'SC000000' },
  ]),
  newsletter: {
    formAction: `${charitySite}/newsletter/subscribe`,
    emailFieldName: 'email',
    consentText:
      'Byddwn yn anfon newyddion am yr ymgyrch, digwyddiadau a ffyrdd o gymryd rhan atoch drwy e-bost. Gallwch ddad-danysgrifio unrhyw bryd drwy’r ddolen ym mhob e-bost.',
    privacyPolicyUrl: `${charitySite}/privacy/`,
  },
  socialLinks: keyed([
    { _type: 'link', label: 'Dilynwch ni ar Mastodon', url: 'https://social.example.org/@secondaryvoices' },
    { _type: 'link', label: 'Gwyliwch ein fideos', url: 'https://video.example.org/c/secondaryvoices' },
  ]),
  footerLinks: keyed([
    { _type: 'link', label: 'Am yr elusen', url: `${charitySite}/about/` },
    { _type: 'link', label: 'Hysbysiad preifatrwydd', url: `${charitySite}/privacy/` },
    { _type: 'link', label: 'Datganiad hygyrchedd', url: `${charitySite}/accessibility/` },
    { _type: 'link', label: 'Cysylltu â ni', url: `${charitySite}/contact/` },
  ]),
}
