// Builders for each document type, with the field names of docs/content-model.md.
// Everything is published: no drafts, no future dates, story consent valid for
// site and feeds.
import { imageWithAlt, richText, type RichTextContext } from './rich-text.ts'
import { firstNames, lastNames, places, sentence, updateTitle } from './phrases.ts'

export type Document = { _id: string; _type: string } & Record<string, unknown>

/** Every date lies before this instant, so any build clock after it shows everything. */
export const LATEST = Date.UTC(2026, 0, 1)
const EARLIEST = Date.UTC(2019, 8, 1)

const SIGN_URL = 'https://campaigns.example.org/secondary-breast-cancer/sign'

export const slug = (current: string) => ({ _type: 'slug', current })
const reference = (id: string) => ({ _type: 'reference', _ref: id })
const keyedReference = (context: RichTextContext, id: string) => ({ ...reference(id), _key: context.random.key() })
const isoDate = (time: number): string => new Date(time).toISOString().slice(0, 10)

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

function summary(context: RichTextContext): string {
  const text = sentence(context.random)
  return text.length <= 200 ? text : `${text.slice(0, 197)}...`
}

function pickDistinct<T>(context: RichTextContext, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>()
  while (chosen.size < Math.min(count, items.length)) chosen.add(context.random.pick(items))
  return [...chosen]
}

export const nationIds = ['nation-england', 'nation-scotland', 'nation-wales', 'nation-northern-ireland'] as const

export function nations(): Document[] {
  const rows = [
    ['England', 'UK Government (Department of Health and Social Care)', 'Matt Hancock', 'Secretary of State for Health and Social Care'],
    ['Scotland', 'Scottish Government', 'Jeane Freeman', 'Cabinet Secretary for Health and Sport'],
    ['Wales', 'Welsh Government', 'Vaughan Gething', 'Minister for Health and Social Services'],
    ['Northern Ireland', 'Northern Ireland Executive', 'Robin Swann', 'Minister of Health'],
  ] as const
  return rows.map(([name, government, minister, role], index) => ({
    _id: nationIds[index] as string,
    _type: 'nation',
    name,
    slug: slug(slugify(name)),
    order: index + 1,
    government,
    healthMinister: { name: minister, role },
  }))
}

const askTitles = [
  'Prompt diagnosis',
  'Clinical Nurse Specialists',
  'Access to treatment',
  'Data collection',
  'NHS plans',
  'Support for carers',
  'Mental health support',
  'Rights at work',
  'Travel insurance',
  'Follow-up after primary treatment',
] as const

/** 5 asks for small datasets, up to 10 for large ones. */
export const askCount = (updates: number): number => Math.min(askTitles.length, 5 + Math.floor(updates / 4000))

export function ask(context: RichTextContext, index: number): Document {
  const { random } = context
  const title = askTitles[index] ?? `Ask ${index + 1}`
  const statuses = ['meeting-held', 'meeting-held', 'meeting-requested', 'raised'] as const
  return {
    _id: `ask-${slugify(title)}`,
    _type: 'ask',
    title,
    slug: slug(slugify(title)),
    summary: summary(context),
    body: richText(context, 250),
    order: index + 1,
    evidence: Array.from({ length: random.int(1, 3) }, (_, n) => ({
      _type: 'source',
      _key: random.key(),
      title: `Evidence on ${title.toLowerCase()}, part ${n + 1}`,
      publisher: random.pick(['NHS Digital', 'Public Health Scotland', 'Cancer Research UK', 'The charity']),
      url: `https://evidence.example.org/${slugify(title)}/${n + 1}`,
      accessedOn: isoDate(LATEST - random.int(30, 900) * 86_400_000),
    })),
    progress: nationIds.map((nation, n) => {
      const status = statuses[n] ?? 'not-raised'
      return {
        _type: 'nationProgress',
        _key: random.key(),
        nation: reference(nation),
        status,
        ...(status === 'meeting-held'
          ? { ministerMet: n === 0 ? 'Matt Hancock' : 'Jeane Freeman', date: n === 0 ? '2020-01-21' : '2019-12-10' }
          : {}),
        note: summary(context),
      }
    }),
  }
}

const updateKinds = ['campaign-news', 'campaign-news', 'research', 'consultation-response', 'event'] as const

export const updateId = (index: number): string => `update-${String(index + 1).padStart(6, '0')}`

export function update(context: RichTextContext, index: number, total: number, askIds: readonly string[]): Document {
  const { random } = context
  const title = updateTitle(random)
  const step = (LATEST - EARLIEST) / total
  const publishedAt = Math.floor(EARLIEST + step * (index + random.next() * 0.9))
  const updatedAt = random.chance(0.2) ? Math.min(LATEST, publishedAt + random.int(1, 20) * 86_400_000) : undefined
  return {
    _id: updateId(index),
    _type: 'update',
    title,
    slug: slug(`${slugify(title)}-${index + 1}`),
    publishedAt: new Date(publishedAt).toISOString(),
    ...(updatedAt === undefined ? {} : { updatedAt: new Date(updatedAt).toISOString() }),
    kind: random.pick(updateKinds),
    summary: summary(context),
    body: richText(context, random.int(520, 600)),
    ...(random.chance(0.8) ? { heroImage: imageWithAlt(context, false) } : {}),
    relatedAsks: pickDistinct(context, askIds, random.int(1, 2)).map((id) => keyedReference(context, id)),
    relatedNations: pickDistinct(context, nationIds, random.int(0, 2)).map((id) => keyedReference(context, id)),
  }
}

export function story(context: RichTextContext, index: number, askIds: readonly string[]): Document {
  const { random } = context
  const naming = random.pick(['full-name', 'first-name', 'first-name', 'anonymous'] as const)
  const first = random.pick(firstNames)
  const fullName = `${first} ${random.pick(lastNames)}`
  const topic = random.pick(['pushing for answers', 'waiting for a diagnosis', 'what her nurse changed', 'joining the campaign', 'living well with secondary breast cancer'])
  const title = naming === 'anonymous' ? `A supporter on ${topic}` : `${first} on ${topic}`
  const givenOn = LATEST - random.int(30, 1500) * 86_400_000
  return {
    _id: `story-${String(index + 1).padStart(5, '0')}`,
    _type: 'story',
    title,
    naming,
    ...(naming === 'anonymous' ? {} : { fullName }),
    slug: slug(`${slugify(naming === 'anonymous' ? `story ${topic}` : title)}-${index + 1}`),
    ...(random.chance(0.7) ? { age: random.int(28, 80) } : {}),
    ...(random.chance(0.7) ? { place: random.pick(places) } : {}),
    summary: `Sample story, fictional. ${summary(context)}`.slice(0, 200),
    body: richText(context, random.int(350, 450)),
    ...(random.chance(0.5) ? { portrait: imageWithAlt(context, false) } : {}),
    ...(random.chance(0.2) ? { contentNote: 'This story mentions bereavement.' } : {}),
    relatedAsks: pickDistinct(context, askIds, random.int(1, 2)).map((id) => keyedReference(context, id)),
    consent: { givenOn: isoDate(givenOn), withdrawn: false, channels: ['site', 'feeds'] },
  }
}

const milestoneKinds = ['launch', 'meeting', 'meeting', 'petition-hand-in', 'response', 'data-publication', 'other'] as const
const milestoneTitles: Record<(typeof milestoneKinds)[number], string> = {
  launch: 'Campaign launch event',
  meeting: 'Meeting with the health minister',
  'petition-hand-in': 'Petition handed in',
  response: 'Government response received',
  'data-publication': 'New diagnosis data published',
  other: 'Campaign Group gathering',
}
const nationNames: Record<(typeof nationIds)[number], string> = {
  'nation-england': 'England',
  'nation-scotland': 'Scotland',
  'nation-wales': 'Wales',
  'nation-northern-ireland': 'Northern Ireland',
}

export function milestone(context: RichTextContext, index: number, total: number, updates: number): Document {
  const { random } = context
  const kind = random.pick(milestoneKinds)
  const nation = random.chance(0.8) ? random.pick(nationIds) : undefined
  const date = EARLIEST + ((LATEST - EARLIEST) / total) * (index + random.next() * 0.9)
  const nationName = nation ? nationNames[nation] : 'UK-wide'
  return {
    _id: `milestone-${String(index + 1).padStart(5, '0')}`,
    _type: 'milestone',
    title: `${milestoneTitles[kind]} (${nationName})`,
    date: isoDate(date),
    ...(nation ? { nation: reference(nation) } : {}),
    kind,
    outcome: summary(context),
    ...(random.chance(0.5) ? { report: reference(updateId(random.int(0, updates - 1))) } : {}),
  }
}

export function campaign(context: RichTextContext): Document {
  const { random } = context
  return {
    _id: 'campaign',
    _type: 'campaign',
    name: 'Secondary breast cancer: the care we need',
    strapline: 'Everyone living with secondary breast cancer should be able to live well for as long as possible.',
    problem: richText(context, 150),
    change: richText(context, 150),
    actions: [
      { _type: 'action', _key: random.key(), label: 'Add your voice', url: SIGN_URL, text: 'Sign the petition to the health ministers.' },
      { _type: 'action', _key: random.key(), label: 'Share your story', url: 'mailto:stories@example.org', text: 'Tell us what diagnosis and care were like for you.' },
      { _type: 'action', _key: random.key(), label: 'Follow the campaign', url: '/updates/', text: 'Read the latest updates.' },
    ],
    petition: {
      signUrl: SIGN_URL,
      signatureCount: 60_412,
      countedOn: '2020-02-20',
      paperSignatures: 1_250,
      nextMilestone: 75_000,
      handInDate: '2020-03-03',
      handInTo: 'Jo Churchill, Minister for Prevention, Public Health and Primary Care',
    },
    heroImage: imageWithAlt(context, false),
  }
}

export function siteSettings(context: RichTextContext): Document {
  const { random } = context
  const link = (label: string, url: string) => ({ _type: 'link', _key: random.key(), label, url })
  return {
    _id: 'siteSettings',
    _type: 'siteSettings',
    title: 'Secondary breast cancer campaign',
    description: 'Synthetic benchmark content for a campaign for people living with secondary breast cancer across the UK.',
    organisationName: 'Example Breast Cancer Charity',
    charityNumbers: [
      { _key: random.key(), _type: 'charityNumber', jurisdiction: 'England and Wales', number: '1000000' },
      { _key: random.key(), _type: 'charityNumber', jurisdiction: 'Scotland', number: 'SC000000' },
    ],
    newsletter: {
      formAction: 'https://newsletter.example.org/subscribe',
      emailFieldName: 'email',
      consentText: 'We will email you campaign news, events and ways to get involved. Unsubscribe at any time.',
      privacyPolicyUrl: 'https://www.example.org/privacy',
    },
    socialLinks: [link('Bluesky', 'https://bsky.app/profile/example.org'), link('Facebook', 'https://www.facebook.com/example')],
    footerLinks: [link('Privacy', 'https://www.example.org/privacy'), link('Contact us', 'mailto:hello@example.org')],
  }
}
