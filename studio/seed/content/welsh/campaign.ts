import { imageWithAlt } from '../../image.ts'
import { keyed } from '../../keys.ts'
import { bold, bulletList, link, paragraph, richText } from '../../portable-text.ts'
import { petitionFigures } from '../campaign.ts'
import type { SeedDocument } from '../document.ts'
import { petitionUrl } from '../ids.ts'
import { welshAskSlugs } from './ids.ts'

const ask = (englishId: keyof typeof welshAskSlugs) => `/cy/asks/${welshAskSlugs[englishId]}/`

// The campaign in Welsh: the petition figures are the English version's, as the
// field descriptions ask; the words are translated.
export const campaignCy: SeedDocument = {
  _id: 'campaign-cy',
  _type: 'campaign',
  language: 'cy',
  _createdAt: '2019-03-25T09:12:40Z',
  _updatedAt: '2020-03-06T17:02:11Z',
  name: 'Byw’n dda am yn hirach',
  strapline:
    'Gwell triniaeth, cymorth a gofal i bawb sy’n byw gyda chanser eilaidd y fron, ym mhob un o bedair gwlad y DU.',
  problem: richText(
    paragraph(
      'Canser eilaidd y fron yw canser y fron sydd wedi lledaenu i ran arall o’r corff. Gellir ei drin, ond ni ellir ei wella.',
    ),
    paragraph(
      'Mae gormod o bobl sy’n byw gydag ef yn aros yn rhy hir am ddiagnosis, yn anaml neu byth yn gweld nyrs arbenigol, ac yn colli’r cyfle i gael triniaethau a allai roi mwy o amser iddynt. Does neb yn gwybod i sicrwydd faint o bobl sy’n byw gydag ef, felly ni ellir cynllunio gwasanaethau o’u cwmpas.',
    ),
  ),
  change: richText(
    paragraph(
      'Rydym am i bawb sydd â chanser eilaidd y fron allu ',
      bold('byw’n dda cyhyd ag y bo modd'),
      '. Rydym yn galw ar lywodraethau Cymru, Lloegr, yr Alban a Gogledd Iwerddon i:',
    ),
    bulletList(
      [link('roi diagnosis prydlon o ganser eilaidd y fron', ask('ask-prompt-diagnosis'))],
      [link('sicrhau bod pawb yn gallu gweld Nyrs Glinigol Arbenigol', ask('ask-clinical-nurse-specialists'))],
      [link('sicrhau bod triniaethau effeithiol ar gael yn gyflym', ask('ask-access-to-treatment'))],
      [link('cyfrif pawb sy’n cael diagnosis', ask('ask-data-collection'))],
      [link('rhoi eu hanghenion wrth galon cynlluniau’r GIG', ask('ask-nhs-plans'))],
    ),
    paragraph(
      'Rydym hefyd yn gofyn i bob gweinidog iechyd gwrdd â phobl sy’n byw gyda chanser eilaidd y fron a chlywed ganddynt yn uniongyrchol.',
    ),
  ),
  actions: keyed([
    {
      _type: 'action',
      label: 'Ychwanegwch eich llais',
      url: petitionUrl,
      text: 'Llofnodwch ein deiseb sy’n galw ar bob un o bedair llywodraeth y DU i weithredu.',
    },
    {
      _type: 'action',
      label: 'Cadw mewn cysylltiad',
      url: '/cy/#stay-in-touch',
      text: 'Cewch newyddion am yr ymgyrch, digwyddiadau a ffyrdd o gymryd rhan drwy e-bost.',
    },
    {
      _type: 'action',
      label: 'Rhannwch eich stori',
      url: 'mailto:stories@secondaryvoices.example.org',
      text: 'Dywedwch wrthym sut beth yw byw gyda chanser eilaidd y fron i chi.',
    },
    {
      _type: 'action',
      label: 'Darllenwch ein galwadau',
      url: '/cy/asks/',
      text: 'Dysgwch beth rydym yn gofyn i bob llywodraeth ei newid.',
    },
  ]),
  petition: { ...petitionFigures, handInTo: 'Jo Churchill, y Gweinidog Canser' },
  heroImage: imageWithAlt('campaign-hero.png', {
    alt: 'Cylchoedd pinc yn lledaenu tuag allan wrth ymyl dolen rhuban porffor.',
    credit: 'Darlun: Secondary Voices Breast Cancer Charity',
  }),
}
