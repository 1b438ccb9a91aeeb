/**
 * Datasets for the feed tests: the hostile campaign with the extra documents feeds
 * must cope with (long multilingual titles, upcoming milestones, stories in every
 * state of consent), and a plain campaign to edit between two builds.
 */
import { baseDocuments, ref, type Doc } from '../fixtures/dataset.ts'
import { HOSTILE, hostileDocuments } from '../fixtures/hostile.ts'

const block = (key: string, text: string) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [{ _key: `${key}l`, _type: 'link', href: '/asks/prompt-diagnosis/' }],
  children: [
    { _type: 'span', _key: `${key}s`, text, marks: [] },
    { _type: 'span', _key: `${key}t`, text: ' our ask', marks: [`${key}l`] },
  ],
})

/** 100 characters, the title limit: right-to-left text, emoji, a CDATA end, a script tag and a control character. */
export const LONG_TITLE = `${'שלום 🎗️ مرحبا '.repeat(4)}]]><script>x</script>\u0007`.padEnd(100, '!')

/** Stories in each state of consent, with the text that must never reach the stories feed. */
export const HIDDEN_STORIES = {
  withdrawn: 'Withdrawn story words',
  expired: 'Expired story words',
  siteOnly: 'Site-only story words',
} as const

const story = (id: string, slug: string, words: string, consent: Record<string, unknown>, extra: Record<string, unknown> = {}): Doc => ({
  _id: id,
  _type: 'story',
  title: `${words} ${HOSTILE}`,
  naming: 'anonymous',
  slug: { _type: 'slug', current: slug },
  summary: `${words} summary`,
  body: [block(`${id}b`, words)],
  consent: { givenOn: '2019-09-01', ...consent },
  relatedAsks: [ref('ask-diagnosis')],
  ...extra,
})

export function hostileFeedDocuments(): Doc[] {
  return [
    ...hostileDocuments(),
    {
      _id: 'update-long',
      _type: 'update',
      title: LONG_TITLE,
      slug: { _type: 'slug', current: 'long-title' },
      publishedAt: '2020-03-04T09:00:00Z',
      updatedAt: '2020-03-06T16:30:00Z',
      kind: 'event',
      summary: `Fish & chips; ${HOSTILE}`,
      body: [block('l1', `Body ${HOSTILE}`)],
      relatedAsks: [ref('ask-diagnosis')],
    },
    {
      _id: 'milestone-upcoming',
      _type: 'milestone',
      title: LONG_TITLE,
      date: '2021-06-30',
      kind: 'meeting',
      nation: { _type: 'reference', _ref: 'nation-scotland' },
      outcome: `We will meet; bring questions, comments and a backslash \\ too.\nSecond line ${HOSTILE} ${'долгий текст '.repeat(12)}`,
    },
    story('story-withdrawn', 'withdrawn', HIDDEN_STORIES.withdrawn, { channels: ['site', 'feeds'], withdrawn: true }),
    story('story-expired', 'expired', HIDDEN_STORIES.expired, { channels: ['site', 'feeds'], expiresOn: '2020-01-01' }),
    story('story-site-only', 'site-only', HIDDEN_STORIES.siteOnly, { channels: ['site'] }),
    story('story-feeds-only', 'feeds-only', 'Feeds-only story words', { channels: ['feeds'] }),
    story('story-noted', 'noted', 'Noted story words', { channels: ['site', 'feeds'] }, { contentNote: `This story mentions bereavement. ${HOSTILE}` }),
  ]
}

/** A plain campaign with a second update related to the ask, to edit between two builds. */
export function editableDocuments(): Doc[] {
  return [
    ...baseDocuments(),
    {
      _id: 'update-meeting',
      _type: 'update',
      title: 'We met the minister',
      slug: { _type: 'slug', current: 'we-met-the-minister' },
      publishedAt: '2019-12-10T12:00:00Z',
      kind: 'campaign-news',
      summary: 'The meeting.',
      body: [block('m1', 'Meeting words.')],
      relatedAsks: [ref('ask-diagnosis')],
    },
  ]
}

/** The same campaign after an editor changed titles, bodies and summaries, and dated the edit. */
export function editedDocuments(): Doc[] {
  return editableDocuments().map((doc) => {
    if (doc._type === 'update') return { ...doc, title: `${doc.title} (corrected)`, summary: 'Corrected summary.', body: [block('e1', 'Corrected words.')], updatedAt: '2020-06-01T10:00:00Z' }
    if (doc._type === 'story') return { ...doc, title: `${doc.title} (corrected)`, body: [block('e2', 'Corrected story.')] }
    if (doc._type === 'milestone') return { ...doc, title: 'Campaign launched', outcome: 'Now with an outcome.' }
    return doc
  })
}
