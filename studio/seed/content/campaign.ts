import { imageWithAlt } from '../image.ts'
import { keyed } from '../keys.ts'
import { bold, bulletList, link, paragraph, richText } from '../portable-text.ts'
import type { SeedDocument } from './document.ts'
import { charitySite, petitionUrl } from './ids.ts'

/** The petition's figures: one count for both languages, so the Welsh site never shows an older one. */
export const petitionFigures = {
  signUrl: petitionUrl,
  // Online signatures; paper ones are counted separately (the site shows both and the total).
  signatureCount: 61342,
  countedOn: '2020-03-02',
  paperSignatures: 2875,
  nextMilestone: 75000,
  handInDate: '2020-03-03',
}

export const campaign: SeedDocument = {
  _id: 'campaign',
  _type: 'campaign',
  _createdAt: '2019-03-18T10:04:12Z',
  _updatedAt: '2020-03-06T16:41:09Z',
  name: 'Live well for longer',
  strapline:
    'Better treatment, support and care for everyone living with secondary breast cancer, in all four nations of the UK.',
  problem: richText(
    paragraph(
      'Secondary breast cancer is breast cancer that has spread to another part of the body. It can be treated, but it cannot be cured.',
    ),
    paragraph(
      'Too many people living with it wait too long for a diagnosis, rarely or never see a specialist nurse, and miss out on treatments that could give them more time. Nobody knows for certain how many people are living with it, so services cannot be planned around them.',
    ),
  ),
  change: richText(
    paragraph(
      'We want everyone with secondary breast cancer to be able to ',
      bold('live well for as long as possible'),
      '. We are asking the governments of England, Scotland, Wales and Northern Ireland to:',
    ),
    bulletList(
      [link('diagnose secondary breast cancer promptly', '/asks/prompt-diagnosis/')],
      [link('give everyone access to a Clinical Nurse Specialist', '/asks/clinical-nurse-specialists/')],
      [link('make effective treatments available quickly', '/asks/access-to-treatment/')],
      [link('count everyone who is diagnosed', '/asks/data-collection/')],
      [link('put their needs at the heart of NHS plans', '/asks/nhs-plans/')],
    ),
    paragraph(
      'We are also asking each health minister to meet people living with secondary breast cancer and hear from them directly.',
    ),
  ),
  actions: keyed([
    {
      _type: 'action',
      label: 'Add your voice',
      url: petitionUrl,
      text: 'Sign our petition calling on all four UK governments to act.',
    },
    {
      _type: 'action',
      label: 'Stay in touch',
      url: '/#stay-in-touch',
      text: 'Get campaign news, events and ways to get involved by email.',
    },
    {
      _type: 'action',
      label: 'Share your story',
      url: 'mailto:stories@secondaryvoices.example.org',
      text: 'Tell us what living with secondary breast cancer is like for you.',
    },
    {
      _type: 'action',
      label: 'Read our asks',
      url: '/asks/',
      text: 'Find out what we are asking each government to change.',
    },
  ]),
  petition: { ...petitionFigures, handInTo: 'Jo Churchill, Cancer Minister' },
  heroImage: imageWithAlt('campaign-hero.png', {
    alt: 'Rings of pink spreading outwards beside a purple ribbon loop.',
    credit: 'Illustration: Secondary Voices Breast Cancer Charity',
  }),
}
