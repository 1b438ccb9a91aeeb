// The rules as wired into the schema: each document goes through Sanity's own
// validateDocument (via validateDocuments), as the Studio would check it.
import type { SanityDocument } from 'sanity'
import { describe, expect, it } from 'vitest'
import { validateDocuments, type ContentProblem } from '../src/validateDocuments.ts'

const block = (text: string, markDefs: object[] = [], marks: string[] = []) => ({
  _key: `b-${text.length}`,
  _type: 'block',
  style: 'normal',
  markDefs,
  children: [{ _key: 's1', _type: 'span', text, marks }],
})

const scotland = {
  _id: 'nation-scotland',
  _type: 'nation',
  name: 'Scotland',
  slug: { _type: 'slug', current: 'scotland' },
  order: 2,
  government: 'Scottish Government',
}

const ask = {
  _id: 'ask-prompt-diagnosis',
  _type: 'ask',
  title: 'Prompt diagnosis',
  slug: { _type: 'slug', current: 'prompt-diagnosis' },
  summary: 'Diagnose secondary breast cancer without delay.',
  order: 1,
  body: [block('Too many people wait too long.')],
  evidence: [{ _key: 'e1', _type: 'source', title: 'Cancer data', url: 'https://digital.nhs.uk/' }],
  progress: [
    { _key: 'p1', _type: 'nationProgress', nation: { _type: 'reference', _ref: 'nation-scotland' }, status: 'meeting-held' },
  ],
}

const update = {
  _id: 'update-minister-meeting',
  _type: 'update',
  title: 'We met the Health Secretary',
  slug: { _type: 'slug', current: 'we-met-the-health-secretary' },
  publishedAt: '2020-01-20T10:00:00Z',
  kind: 'campaign-news',
  summary: 'Two members of the Campaign Group met the minister.',
  body: [block('Read more', [{ _key: 'l1', _type: 'link', href: '/asks/prompt-diagnosis/' }], ['l1'])],
  heroImage: {
    _type: 'imageWithAlt',
    asset: { _type: 'reference', _ref: 'image-0123456789abcdef0123456789abcdef01234567-1200x800-png' },
    alt: 'Two campaigners with the minister',
    credit: 'Photo: the charity',
  },
  relatedAsks: [{ _key: 'r1', _type: 'reference', _ref: 'ask-prompt-diagnosis' }],
}

const story = {
  _id: 'story-living-well',
  _type: 'story',
  title: 'Living well for as long as possible',
  naming: 'anonymous',
  slug: { _type: 'slug', current: 'living-well' },
  summary: 'A sample story.',
  body: [block('Sample text.')],
  consent: { givenOn: '2020-01-01', channels: ['site', 'feeds'] },
}

const campaign = {
  _id: 'campaign',
  _type: 'campaign',
  name: 'Secondary breast cancer campaign',
  strapline: 'Everyone with secondary breast cancer should live well for as long as possible.',
  actions: [{ _key: 'a1', _type: 'action', label: 'Sign the petition', url: 'https://petition.example.org/' }],
  petition: { signUrl: 'https://petition.example.org/', signatureCount: 60412, nextMilestone: 75000 },
}

const valid = [scotland, ask, update, story, campaign] as unknown as SanityDocument[]

/** Validates `changed` alongside the valid documents, and returns the problems with it. */
async function problemsWith(changed: object): Promise<Pick<ContentProblem, 'field' | 'level' | 'message'>[]> {
  const document = changed as SanityDocument
  const others = valid.filter(({ _id }) => _id !== document._id)
  const problems = await validateDocuments([...others, document])
  return problems.filter(({ documentId }) => documentId === document._id).map(({ field, level, message }) => ({ field, level, message }))
}

describe('schema validation, as the Studio runs it', () => {
  it('passes valid documents of every kind with no problems', async () => {
    expect(await validateDocuments(valid)).toEqual([])
  })

  it('requires titles and enforces their maximum length', async () => {
    expect(await problemsWith({ ...ask, title: undefined })).toContainEqual(expect.objectContaining({ field: 'title', level: 'error' }))
    expect(await problemsWith({ ...update, title: 'x'.repeat(101) })).toEqual([
      { field: 'title', level: 'error', message: 'Must be at most 100 characters long' },
    ])
    expect(await problemsWith({ ...campaign, strapline: 'x'.repeat(161) })).toEqual([
      { field: 'strapline', level: 'error', message: 'Must be at most 160 characters long' },
    ])
  })

  it('rejects a slug with capitals or spaces, as an error', async () => {
    const problems = await problemsWith({ ...ask, slug: { _type: 'slug', current: 'Prompt Diagnosis' } })
    expect(problems).toEqual([{ field: 'slug', level: 'error', message: expect.stringMatching(/lowercase letters/) }])
  })

  it('rejects a slug another document of the same kind already uses', async () => {
    const copy = { ...ask, _id: 'ask-copy', order: 2 }
    expect(await problemsWith(copy)).toEqual([{ field: 'slug', level: 'error', message: expect.stringMatching(/already in use/) }])
  })

  it('rejects a link in text with a scheme the site does not allow', async () => {
    const body = [block('Read more', [{ _key: 'l1', _type: 'link', href: 'javascript:alert(1)' }], ['l1'])]
    expect(await problemsWith({ ...update, body })).toEqual([
      { field: 'body[_key=="b-9"].markDefs[_key=="l1"].href', level: 'error', message: expect.stringMatching(/must start with https/) },
    ])
  })

  it('requires an https petition link', async () => {
    const problems = await problemsWith({ ...campaign, petition: { ...campaign.petition, signUrl: 'http://petition.example.org/' } })
    expect(problems).toEqual([{ field: 'petition.signUrl', level: 'error', message: 'Links here must start with https://.' }])
  })

  it('rejects an update changed before it was published', async () => {
    expect(await problemsWith({ ...update, updatedAt: '2020-01-19T10:00:00Z' })).toEqual([
      { field: 'updatedAt', level: 'error', message: '"Last changed" can\'t be before "Published".' },
    ])
  })

  it('warns, without blocking, when a summary is empty', async () => {
    expect(await problemsWith({ ...update, summary: undefined })).toEqual([
      { field: 'summary', level: 'warning', message: expect.stringMatching(/Add a one-line summary/) },
    ])
  })

  it('requires alt text unless the image is decorative, and always a credit', async () => {
    const image = { ...update.heroImage, alt: undefined, credit: undefined }
    expect((await problemsWith({ ...update, heroImage: image })).map(({ field }) => field)).toEqual(['heroImage.alt', 'heroImage.credit'])
    expect(await problemsWith({ ...update, heroImage: { ...image, decorative: true, credit: 'Pattern: the charity' } })).toEqual([])
  })

  it('accepts an image in export form (_sanityAsset)', async () => {
    const { asset: _asset, ...rest } = update.heroImage
    const heroImage = { ...rest, _sanityAsset: 'image@file://./images/0123456789abcdef0123456789abcdef01234567-1200x800.png' }
    expect(await problemsWith({ ...update, heroImage })).toEqual([])
  })

  it('keeps the person\'s name out of an anonymous story\'s slug', async () => {
    const problems = await problemsWith({ ...story, fullName: 'Kerry Smith', slug: { _type: 'slug', current: 'kerrys-story' } })
    expect(problems).toEqual([
      { field: 'fullName', level: 'warning', message: expect.stringMatching(/consider leaving it empty/) },
      { field: 'slug', level: 'error', message: expect.stringMatching(/contains "kerry"/) },
    ])
  })

  it('requires the name of a named story', async () => {
    expect(await problemsWith({ ...story, naming: 'first-name' })).toEqual([
      { field: 'fullName', level: 'error', message: expect.stringMatching(/Add the person's name/) },
    ])
  })

  it('asks nothing of what "Withdraw consent" erased, on the record it keeps; a story withdrawn by hand still needs its fields', async () => {
    const record = {
      _id: story._id,
      _type: 'story',
      title: story.title,
      naming: 'first-name',
      consent: { ...story.consent, withdrawn: true, withdrawnOn: '2026-12-01', withdrawnBy: 'Alex Editor', withdrawnAt: '2026-12-01T16:20:00.000Z' },
    }
    expect(await problemsWith(record)).toEqual([])
    const { withdrawnAt: _erased, ...byHand } = record.consent
    expect((await problemsWith({ ...record, consent: byHand })).map(({ field, level }) => `${field} ${level}`).sort()).toEqual([
      'body error',
      'fullName error',
      'slug error',
      'slug.current error',
      'summary warning',
    ])
  })

  it('requires consent, with consent ending after it was given', async () => {
    expect(await problemsWith({ ...story, consent: undefined })).toContainEqual({ field: 'consent', level: 'error', message: 'Required' })
    const problems = await problemsWith({ ...story, consent: { ...story.consent, expiresOn: '2019-12-31' } })
    expect(problems).toContainEqual({ field: 'consent.expiresOn', level: 'error', message: 'Consent must run out after the day it was given.' })
  })

  it('warns when consent runs out within 30 days', async () => {
    const soon = new Date(Date.now() + 10 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
    expect(await problemsWith({ ...story, consent: { ...story.consent, expiresOn: soon } })).toEqual([
      { field: 'consent.expiresOn', level: 'warning', message: expect.stringMatching(/Consent runs out in 10 days/) },
    ])
  })

  it('checks the ask progress tracker: a known status, each nation once', async () => {
    const entry = (key: string, status: string) => ({
      _key: key,
      _type: 'nationProgress',
      nation: { _type: 'reference', _ref: 'nation-scotland' },
      status,
    })
    expect(await problemsWith({ ...ask, progress: [entry('p1', 'raised'), entry('p2', 'delivered')] })).toEqual([
      { field: 'progress', level: 'error', message: expect.stringMatching(/appears twice/) },
    ])
    expect(await problemsWith({ ...ask, progress: [entry('p1', 'in-progress')] })).toEqual([
      { field: 'progress[_key=="p1"].status', level: 'error', message: 'Value "in-progress" did not match any allowed values' },
    ])
  })

  it('checks an ask\'s review dates on the field they guard: next after last, within three years', async () => {
    expect(await problemsWith({ ...ask, lastReviewed: '2026-03-03', nextReview: '2029-03-03' })).toEqual([])
    expect(await problemsWith({ ...ask, lastReviewed: '2026-03-03', nextReview: '2026-01-01' })).toEqual([
      { field: 'nextReview', level: 'error', message: 'The next review must come after the last one.' },
    ])
    expect(await problemsWith({ ...ask, lastReviewed: '2026-03-03', nextReview: '2030-01-01' })).toEqual([
      { field: 'nextReview', level: 'error', message: 'Review the page within three years of the last review: by 2029-03-03 at the latest.' },
    ])
    expect(await problemsWith({ ...ask, nextReview: '2027-01-01' })).toEqual([
      { field: 'lastReviewed', level: 'error', message: expect.stringMatching(/Say when the page was last reviewed/) },
    ])
    expect(await problemsWith({ ...ask, lastReviewed: '2026-03-03' })).toEqual([
      { field: 'nextReview', level: 'error', message: expect.stringMatching(/Say when the page is next due for review/) },
    ])
  })

  it('flags a reference to a document that does not exist', async () => {
    const milestone = { _id: 'milestone-1', _type: 'milestone', title: 'Met the minister', date: '2019-12-10', kind: 'meeting', nation: { _type: 'reference', _ref: 'nation-nowhere' } }
    expect(await problemsWith(milestone)).toEqual([{ field: 'nation', level: 'error', message: expect.any(String) }])
  })
})
