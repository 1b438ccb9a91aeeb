// Four updates in Welsh. Their related asks and nations still point at the
// English documents, as the Studio's "Translations" menu copies them; the site
// shows the Welsh version of each where there is one.
import { imageWithAlt } from '../../image.ts'
import { refs } from '../../references.ts'
import { bold, bulletList, callout, callToAction, h2, image, italic, link, paragraph, quote, richText, type RichTextItem } from '../../portable-text.ts'
import { slug, type SeedDocument } from '../document.ts'
import { askIds, nationIds, petitionUrl, updateIds, type UpdateName } from '../ids.ts'
import { welshAskSlugs, welshId } from './ids.ts'

const credit = 'Darlun: Secondary Voices Breast Cancer Charity'

interface WelshUpdate {
  slug: string
  title: string
  publishedAt: string
  updatedAt?: string
  _updatedAt?: string
  summary: string
  hero: { artwork: string; alt: string }
  asks: (keyof typeof askIds)[]
  nations: (keyof typeof nationIds)[]
  body: RichTextItem[]
}

function updateCy(name: UpdateName, { slug: slugCy, hero, asks, nations, ...fields }: WelshUpdate): SeedDocument {
  return {
    _id: welshId(updateIds[name]),
    _type: 'update',
    language: 'cy',
    // Translated and published with the English version.
    _createdAt: fields.publishedAt,
    slug: slug(slugCy),
    kind: 'campaign-news',
    ...fields,
    heroImage: imageWithAlt(hero.artwork, { alt: hero.alt, credit }),
    relatedAsks: refs(...asks.map((a) => askIds[a])),
    relatedNations: refs(...nations.map((n) => nationIds[n])),
  }
}

const allAsks = Object.keys(askIds) as (keyof typeof askIds)[]
const allNations = Object.keys(nationIds) as (keyof typeof nationIds)[]
const askPage = (id: keyof typeof welshAskSlugs) => `/cy/asks/${welshAskSlugs[id]}/`

export const updatesCy: SeedDocument[] = [
  updateCy('launch', {
    slug: 'lansio-ein-hymgyrch',
    title: 'Rydym yn lansio ein hymgyrch dros bobl sydd â chanser eilaidd y fron',
    publishedAt: '2019-04-09T08:00:00Z',
    summary:
      'Heddiw rydym yn lansio Byw’n dda am yn hirach, gan alw ar bob un o bedair llywodraeth y DU i wella triniaeth, cymorth a gofal i bobl sydd â chanser eilaidd y fron.',
    hero: { artwork: 'campaign-hero.png', alt: 'Cylchoedd pinc yn lledaenu tuag allan wrth ymyl dolen rhuban porffor.' },
    asks: allAsks,
    nations: allNations,
    body: richText(
      paragraph(
        'Canser eilaidd y fron yw canser y fron sydd wedi lledaenu i rannau eraill o’r corff. Ni ellir ei wella, ond gyda’r driniaeth a’r gofal iawn mae llawer o bobl yn byw’n dda gydag ef am gryn amser.',
      ),
      paragraph(
        'Heddiw rydym yn lansio ',
        italic('Byw’n dda am yn hirach'),
        '. Rydym yn galw ar lywodraethau Cymru, Lloegr, yr Alban a Gogledd Iwerddon i wella’r driniaeth, y cymorth a’r gofal y mae pobl sy’n byw gyda chanser eilaidd y fron yn eu cael.',
      ),
      h2('Beth rydym yn gofyn amdano'),
      bulletList(
        [link('Diagnosis prydlon', askPage('ask-prompt-diagnosis')), ', fel y gall triniaeth a chymorth ddechrau’n gyflym.'],
        [link('Nyrs Glinigol Arbenigol', askPage('ask-clinical-nurse-specialists')), ' i bawb sydd angen un.'],
        [link('Mynediad cyflym at driniaethau effeithiol', askPage('ask-access-to-treatment')), ' ac at dreialon clinigol.'],
        [link('Cyfrif pawb sy’n cael diagnosis', askPage('ask-data-collection')), ', fel y gellir cynllunio gwasanaethau.'],
        [link('Lle yng nghynlluniau’r GIG', askPage('ask-nhs-plans')), ' i anghenion pobl sydd â chanser eilaidd y fron.'],
      ),
      paragraph(
        'Rydym hefyd yn gofyn i weinidog iechyd pob gwlad gwrdd â phobl sy’n byw gyda chanser eilaidd y fron, i glywed beth y maent yn ei wynebu.',
      ),
      h2('Ychwanegwch eich llais'),
      paragraph('Po fwyaf o bobl sy’n llofnodi, anoddaf yw anwybyddu ein deiseb.'),
      callToAction('Llofnodwch y ddeiseb', petitionUrl),
    ),
  }),

  updateCy('walesAndNiRequests', {
    slug: 'cais-am-gyfarfod-cymru-gogledd-iwerddon',
    title: 'Rydym wedi gofyn am gael cwrdd â’r gweinidogion iechyd yng Nghymru a Gogledd Iwerddon',
    publishedAt: '2020-01-30T14:00:00Z',
    summary: 'Ar ôl cyfarfodydd yn yr Alban a Lloegr, rydym am i bobl sydd â chanser eilaidd y fron yng Nghymru a Gogledd Iwerddon gael eu clywed hefyd.',
    hero: { artwork: 'four-nations.png', alt: 'Pedair gwlad y DU wedi’u tynnu fel siapiau lliw, pob un â phin.' },
    asks: allAsks,
    nations: ['wales', 'northernIreland'],
    body: richText(
      paragraph('Mae gweinidogion iechyd yr Alban a Lloegr bellach wedi cwrdd ag aelodau o’n Grŵp Ymgyrchu. Rydym am weld yr un peth ym mhob gwlad.'),
      h2('Cymru'),
      paragraph(
        'Rydym wedi ysgrifennu eto at Vaughan Gething, y Gweinidog Iechyd a Gwasanaethau Cymdeithasol, yn gofyn iddo gwrdd â phobl sy’n byw gyda chanser eilaidd y fron yng Nghymru.',
      ),
      h2('Gogledd Iwerddon'),
      paragraph(
        'Gyda Gweithrediaeth Gogledd Iwerddon yn ôl y mis hwn, rydym wedi ysgrifennu at y Gweinidog Iechyd newydd, Robin Swann, i ofyn am gyfarfod.',
      ),
      callToAction('Ychwanegwch eich llais', petitionUrl),
    ),
  }),

  updateCy('sixtyThousand', {
    slug: 'y-ddeiseb-yn-pasio-60000',
    title: 'Mae mwy na 60,000 ohonoch wedi llofnodi: diolch',
    publishedAt: '2020-02-12T09:00:00Z',
    summary: 'Mae ein deiseb wedi pasio 60,000 o lofnodion. Byddwn yn ei chyflwyno i’r Gweinidog Canser ar 3 Mawrth.',
    hero: { artwork: 'petition-box.png', alt: 'Tudalennau deiseb yn mynd i mewn i focs pinc wedi’i farcio â thic, wrth ymyl pentyrrau o bapur.' },
    asks: allAsks,
    nations: allNations,
    body: richText(
      paragraph(
        bold('Mae mwy na 60,000 o bobl'),
        ' bellach wedi llofnodi ein deiseb sy’n galw am well triniaeth, cymorth a gofal i bobl sy’n byw gyda chanser eilaidd y fron.',
      ),
      paragraph('Diolch i bawb sydd wedi llofnodi, rhannu a chasglu llofnodion ar bapur.'),
      h2('Beth sy’n digwydd nesaf'),
      paragraph('Ar 3 Mawrth byddwn yn cyflwyno’r ddeiseb i Jo Churchill, y Gweinidog Canser. Mae amser o hyd i lofnodi cyn hynny.'),
      callToAction('Llofnodwch y ddeiseb', petitionUrl),
    ),
  }),

  // Translated before the English was corrected on 6 March, so "Needs attention"
  // lists it under "Welsh versions older than their English".
  updateCy('handedIn', {
    slug: 'cyflwyno-eich-deiseb',
    title: 'Rydym wedi cyflwyno eich deiseb i’r Gweinidog Canser',
    publishedAt: '2020-03-04T09:00:00Z',
    _updatedAt: '2020-03-04T15:20:00Z',
    summary: 'Mae mwy na 60,000 o lofnodion sy’n galw am newid i bobl sydd â chanser eilaidd y fron bellach gyda’r Gweinidog Canser.',
    hero: { artwork: 'gathering.png', alt: 'Torf o bobl mewn porffor, pinc a gwyrdd yn dal placardiau gwag.' },
    asks: allAsks,
    nations: ['england'],
    body: richText(
      paragraph('Ddoe, 3 Mawrth, fe wnaethom gyflwyno ein deiseb i Jo Churchill, y Gweinidog Canser.'),
      image('petition-box.png', {
        alt: 'Tudalennau deiseb yn mynd i mewn i focs pinc wedi’i farcio â thic, wrth ymyl pentyrrau o bapur.',
        credit,
        caption: 'Llofnodion ar-lein a thudalennau papur, wedi’u cyflwyno gyda’i gilydd.',
      }),
      quote('Mae pob un o’r enwau hyn yn rhywun sy’n credu bod pobl sydd â chanser eilaidd y fron yn haeddu gwell. Diolch.'),
      paragraph(italic('Ein Pennaeth Ymgyrchoedd')),
      h2('Beth sy’n digwydd nesaf'),
      paragraph(
        'Byddwn yn parhau i bwyso am weithredu ar bob un o’n pum galwad, ac yn parhau i ofyn am gael cwrdd â’r gweinidogion iechyd yng Nghymru a Gogledd Iwerddon.',
      ),
      callout('info', 'Byddwn yn rhannu’r cyfrif terfynol o lofnodion papur cyn gynted ag y bydd gennym.'),
    ),
  }),
]
