import { keyed } from '../../keys.ts'
import { bold, bulletList, callout, h2, link, paragraph, richText } from '../../portable-text.ts'
import { slug, type SeedDocument } from '../document.ts'
import { askIds, charitySite, organisationName } from '../ids.ts'
import { welshAskSlugs, welshId } from './ids.ts'
import { nhsPlansProgressCy, raisedAtMeetingsCy } from './progress.ts'
import { askReviews } from '../review-dates.ts'

// The evidence is the same reports as the English version (they are published in English).
const source = (title: string, publisher: string, url: string, accessedOn = '2020-02-24') => ({ _type: 'source', title, publisher, url, accessedOn })

const ask = (id: keyof typeof welshAskSlugs, order: number, fields: Omit<SeedDocument, '_id' | '_type'>): SeedDocument => ({
  _id: welshId(id),
  _type: 'ask',
  language: 'cy',
  _createdAt: `2019-04-0${order}T10:0${order}:00Z`,
  _updatedAt: '2020-01-31T10:20:05Z',
  slug: slug(welshAskSlugs[id]),
  order,
  ...fields,
  ...askReviews[id],
})

const whatWeAsk = () => h2('Beth rydym yn gofyn amdano')

export const asksCy: SeedDocument[] = [
  ask(askIds.promptDiagnosis, 1, {
    title: 'Diagnosis prydlon',
    summary: 'Rhoi diagnosis prydlon o ganser eilaidd y fron, fel y gall triniaeth a chymorth ddechrau’n gyflym.',
    body: richText(
      paragraph(
        'Mae llawer o bobl yn wynebu oedi cyn cael gwybod bod ganddynt ganser eilaidd y fron. Gellid osgoi rhywfaint o’r oedi hwn. Gall symptomau gael eu camgymryd am boenau bob dydd neu gyflyrau eraill, ac nid yw pobl bob amser yn cael eu cymryd o ddifrif pan fyddant yn sôn amdanynt.',
      ),
      whatWeAsk(),
      paragraph(
        'Dylai pawb sy’n dangos arwyddion o ganser eilaidd y fron gael diagnosis prydlon, fel y gall eu triniaeth a’u gofal cefnogol ddechrau ',
        bold('heb oedi'),
        '.',
      ),
      bulletList(
        'Dweud wrth bawb sy’n gorffen triniaeth ar gyfer canser sylfaenol y fron pa arwyddion i gadw llygad amdanynt.',
        'Sicrhau bod pobl yn cael eu harchwilio’n gyflym pan fyddant yn sôn am yr arwyddion hynny.',
      ),
      paragraph('Darllenwch sut y ', link('pwysodd Laura am y profion yr oedd eu hangen arni', '/stories/laura-pushed-for-checks/'), ' (yn Saesneg).'),
    ),
    evidence: keyed([source('Secondary breast cancer: signs and symptoms', organisationName, `${charitySite}/information/signs-and-symptoms/`)]),
    progress: raisedAtMeetingsCy('oedi cyn diagnosis'),
    talkingPoints: [
      'Gofynnwch pa mor hir y mae pobl yn eich ardal yn aros rhwng sôn am symptomau a chael diagnosis o ganser eilaidd y fron.',
      'Gofynnwch i bawb sy’n gorffen triniaeth ar gyfer canser sylfaenol y fron gael gwybod pa arwyddion i gadw llygad amdanynt.',
      'Dywedwch pam mae diagnosis cyflym yn bwysig i chi, yn eich geiriau eich hun.',
    ],
  }),
  ask(askIds.nurseSpecialists, 2, {
    title: 'Nyrs Glinigol Arbenigol i bawb',
    summary: 'Rhoi mynediad rheolaidd at Nyrs Glinigol Arbenigol i bawb sydd â chanser eilaidd y fron.',
    body: richText(
      paragraph(
        'Nyrs brofiadol yw Nyrs Glinigol Arbenigol (CNS) sy’n cefnogi pobl drwy eu triniaeth a’u gofal. Mae’n helpu pobl i ddeall eu dewisiadau, i reoli symptomau ac i ddod o hyd i gymorth arall.',
      ),
      paragraph(
        'Mae pobl sy’n gweld CNS yn rheolaidd yn cael cymorth llawer gwell. Ond mae llawer gormod o bobl sy’n byw gyda chanser eilaidd y fron yn gweld un yn anaml, neu byth.',
      ),
      whatWeAsk(),
      paragraph('Dylai pawb sy’n byw gyda chanser eilaidd y fron gael mynediad rheolaidd at Nyrs Glinigol Arbenigol.'),
    ),
    evidence: keyed([source('National Cancer Patient Experience Survey', 'NHS England', 'https://www.ncpes.co.uk/')]),
    progress: raisedAtMeetingsCy('mynediad at Nyrsys Clinigol Arbenigol'),
    talkingPoints: [
      'Gofynnwch a all pawb sydd â chanser eilaidd y fron yn eich ardal chi weld Nyrs Glinigol Arbenigol.',
      'Gofynnwch beth sy’n cael ei wneud i hyfforddi a chadw mwy o nyrsys arbenigol.',
      'Os ydych chi, neu rywun sy’n agos atoch, wedi gweld CNS, neu wedi methu â gweld un, dywedwch pa wahaniaeth a wnaeth hynny.',
    ],
  }),
  ask(askIds.treatment, 3, {
    title: 'Mynediad cyflym at driniaethau effeithiol',
    summary: 'Sicrhau bod triniaethau clinigol effeithiol a threialon clinigol ar gael i gleifion yn gyflym.',
    body: richText(
      paragraph(
        'Gall mynediad cyflym at driniaethau sy’n gweithio ymestyn yr amser cyn i’r clefyd ddatblygu, ymestyn bywyd mewn rhai achosion, a gwella ansawdd bywyd. Pan fydd oedi cyn cael mynediad, mae cleifion ar eu colled.',
      ),
      whatWeAsk(),
      bulletList(
        'Sicrhau bod triniaethau clinigol effeithiol ar gael yn gyflym ym mhob gwlad.',
        'Sicrhau bod y rhai sy’n gwneud penderfyniadau yn clywed barn cleifion wrth arfarnu cyffuriau newydd.',
        'Rhoi cyfle i fwy o bobl gymryd rhan mewn treialon clinigol.',
      ),
      callout(
        'info',
        'Rydym yn ymateb i arfarniadau cyffuriau fel bod profiadau pobl sy’n byw gyda chanser eilaidd y fron yn rhan o’r penderfyniad.',
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
    progress: raisedAtMeetingsCy('mynediad at driniaeth a threialon clinigol'),
    talkingPoints: [
      'Gofynnwch i driniaethau newydd effeithiol gyrraedd cleifion heb oedi unwaith y cânt eu cymeradwyo.',
      'Gofynnwch i farn cleifion gael ei chlywed pan fydd triniaethau’n cael eu harfarnu.',
      'Gofynnwch sut y gall pobl yn eich ardal chi ddysgu am dreialon clinigol y gallent ymuno â nhw.',
    ],
  }),
  ask(askIds.data, 4, {
    title: 'Cyfrif pawb sy’n cael diagnosis',
    summary: 'Cyfrif nifer y bobl sy’n cael diagnosis o ganser eilaidd y fron, fel y gellir cynllunio gwasanaethau ar eu cyfer.',
    body: richText(
      paragraph(
        'Does neb yn gwybod yn union faint o bobl sy’n byw gyda chanser eilaidd y fron yn y DU. Heb y nifer hwnnw, ni all y rhai sy’n comisiynu ac yn darparu gwasanaethau gynllunio ar gyfer y bobl sydd eu hangen.',
      ),
      whatWeAsk(),
      paragraph('Dylai pob gwlad gyfrif nifer y bobl sy’n cael diagnosis o ganser eilaidd y fron.'),
      paragraph(
        'Yn Lloegr, mae’r set ddata ganser genedlaethol, y ',
        link('Cancer Outcomes and Services Dataset (COSD)', 'http://www.ncin.org.uk/collecting_and_using_data/data_collection/cosd'),
        ', i fod i gyhoeddi data newydd ym mis Ebrill 2020, gyda ffyrdd gwell o gofnodi diagnosis eilaidd.',
      ),
      callout('warning', 'Os bydd y data newydd yn dal yn anghyflawn, cyfrif pawb sy’n cael diagnosis fydd ein blaenoriaeth ar gyfer y flwyddyn i ddod.'),
    ),
    evidence: keyed([
      source(
        'Cancer Outcomes and Services Dataset (COSD)',
        'National Cancer Registration and Analysis Service',
        'http://www.ncin.org.uk/collecting_and_using_data/data_collection/cosd',
      ),
    ]),
    progress: raisedAtMeetingsCy('casglu data'),
    talkingPoints: [
      'Gofynnwch faint o bobl sy’n byw gyda chanser eilaidd y fron lle rydych chi’n byw: does neb yn gwybod i sicrwydd.',
      'Gofynnwch i bob diagnosis eilaidd gael ei gofnodi, fel y gellir cynllunio gwasanaethau o gwmpas y bobl sydd eu hangen.',
    ],
  }),
  ask(askIds.nhsPlans, 5, {
    title: 'Canser eilaidd y fron yng nghynlluniau’r GIG',
    summary: 'Rhoi anghenion pobl sydd â chanser eilaidd y fron wrth galon cynlluniau’r GIG ledled y DU.',
    body: richText(
      paragraph(
        'Mae gwasanaeth iechyd pob gwlad yn gwneud cynlluniau hirdymor ar gyfer gofal canser. Mae gan bobl sy’n byw gyda chanser eilaidd y fron anghenion sy’n wahanol i rai pobl â chanser sylfaenol y fron, a dylai’r cynlluniau ddweud sut y byddant yn cael eu diwallu.',
      ),
      whatWeAsk(),
      paragraph('Dylai anghenion pobl sydd â chanser eilaidd y fron fod wrth galon cynlluniau’r GIG ym mhob un o’r pedair gwlad.'),
    ),
    evidence: keyed([source('The NHS Long Term Plan', 'NHS England', 'https://www.longtermplan.nhs.uk/')]),
    progress: nhsPlansProgressCy(),
    talkingPoints: [
      'Gofynnwch i gynlluniau lleol y GIG enwi pobl sy’n byw gyda chanser eilaidd y fron a dweud beth y byddant yn ei gael.',
      'Dywedwch beth fyddai triniaeth, cymorth a gofal da yn ei olygu i chi.',
    ],
  }),
]
