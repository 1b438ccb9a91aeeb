// "Withdraw consent" asks the Content Lake to delete the story and its draft with
// their history purged, then to create a draft holding only an audit record, then
// to delete the photo. Checked with the real @sanity/client against a stub
// Content Lake that records the actions it is sent.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createClient } from '@sanity/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withdrawalOutcome } from '../actions/withdraw-consent.ts'
import { ERASED_FIELDS, withdrawConsent } from '../actions/withdrawal.ts'

type Sent = { path: string; actions: Record<string, any>[] }
let server: Server
let sent: Sent[] = []
let refusePhoto = false

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      const { actions = [] } = JSON.parse(body || '{}') as { actions?: Record<string, any>[] }
      sent.push({ path: new URL(request.url ?? '/', 'http://stub').pathname, actions })
      // The Lake refuses to delete a document something else still references.
      if (refusePhoto && actions.some((a) => a.publishedId?.startsWith('image-'))) {
        response.writeHead(409, { 'content-type': 'application/json' })
        return void response.end(JSON.stringify({ error: { description: 'Document is referenced', type: 'actionError' } }))
      }
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ transactionId: `t${sent.length}` }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const client = () =>
  createClient({
    projectId: 'campaign',
    dataset: 'production',
    apiVersion: '2025-02-19',
    apiHost: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    useProjectHostname: false,
    useCdn: false,
    token: 'editor-token',
    maxRetries: 0,
  })

const published = {
  _id: 'story-gareth',
  _type: 'story',
  _rev: 'r1',
  _createdAt: '2020-01-01T00:00:00Z',
  title: 'Waiting for a scan',
  naming: 'full-name',
  fullName: 'Gareth Morgan',
  slug: { _type: 'slug', current: 'gareth-morgan' },
  age: 52,
  place: 'Swansea',
  summary: 'Diagnosed after two years of back pain.',
  body: [{ _type: 'block', _key: 'b', children: [{ _type: 'span', _key: 's', text: 'My oncologist said…' }] }],
  portrait: { _type: 'imageWithAlt', alt: 'Gareth', asset: { _type: 'reference', _ref: 'image-abc-600x600-jpg' } },
  contentNote: 'Mentions bone pain.',
  relatedAsks: [{ _type: 'reference', _ref: 'ask-diagnosis', _key: 'a' }],
  consent: { givenOn: '2019-11-02', expiresOn: '2022-11-02', withdrawn: false, channels: ['site', 'feeds'] },
  language: 'en',
}
const at = new Date('2021-03-04T10:15:00Z')
const withdraw = (draft: typeof published | null, pub: typeof published | null) =>
  withdrawConsent(client(), { id: 'story-gareth', draft, published: pub, by: 'Alex Staff', at })

describe('withdrawing consent on a published story', () => {
  it('first deletes the story and its draft with their history purged', async () => {
    sent = []
    expect(await withdraw({ ...published, _id: 'drafts.story-gareth' }, published)).toEqual([])
    expect(sent[0]).toEqual({
      path: '/v2025-02-19/data/actions/production',
      actions: [{ actionType: 'sanity.action.document.delete', publishedId: 'story-gareth', includeDrafts: ['drafts.story-gareth'], purge: true }],
    })
  })

  it('then keeps, as an unpublished draft, only the headline, consent dates and who withdrew it when', async () => {
    sent = []
    await withdraw(null, published)
    const [create] = sent[1]!.actions
    expect(create).toMatchObject({ actionType: 'sanity.action.document.create', publishedId: 'story-gareth', ifExists: 'fail' })
    expect(create!.attributes).toEqual({
      _id: 'drafts.story-gareth',
      _type: 'story',
      title: 'Waiting for a scan',
      naming: 'full-name',
      relatedAsks: published.relatedAsks,
      language: 'en',
      consent: {
        givenOn: '2019-11-02',
        expiresOn: '2022-11-02',
        withdrawn: true,
        withdrawnOn: '2021-03-04',
        withdrawnBy: 'Alex Staff',
        withdrawnAt: '2021-03-04T10:15:00.000Z',
        channels: ['site', 'feeds'],
      },
    })
    for (const field of ERASED_FIELDS) expect(create!.attributes, field).not.toHaveProperty(field)
    expect(JSON.stringify(sent)).not.toMatch(/Gareth|Swansea|oncologist|bone pain|back pain/)
  })

  it('then deletes the photo, and says so when another document still uses it', async () => {
    sent = []
    await withdraw(null, published)
    expect(sent[2]!.actions).toEqual([{ actionType: 'sanity.action.document.delete', publishedId: 'image-abc-600x600-jpg', includeDrafts: [], purge: true }])
    refusePhoto = true
    try {
      expect(await withdraw(null, published)).toEqual([expect.stringMatching(/^The photo \(image-abc-600x600-jpg\) is still used by another document/)])
    } finally {
      refusePhoto = false
    }
  })

  it('discards (and purges) a story that was never published, erasing its newer edits too', async () => {
    sent = []
    await withdraw({ ...published, _id: 'drafts.story-gareth', place: 'Neath' }, null)
    expect(sent[0]!.actions).toEqual([{ actionType: 'sanity.action.document.discard', draftId: 'drafts.story-gareth', purge: true }])
    expect(JSON.stringify(sent[1])).not.toMatch(/Neath|Gareth/)
  })
})

describe('what staff are told once consent is withdrawn', () => {
  it('says it is done, or names what is left to do and stays up long enough to act on', () => {
    expect(withdrawalOutcome([])).toMatchObject({ status: 'success', title: 'Consent withdrawn', description: 'The story is unpublished and the person\'s details are erased.' })
    const left = withdrawalOutcome(['The photo (image-abc) is still used by another document, so its file was kept.'])
    expect(left).toMatchObject({ status: 'warning', title: 'Consent withdrawn: something is left to do', description: expect.stringMatching(/^The photo \(image-abc\)/), closable: true })
    expect(left.duration).toBeGreaterThanOrEqual(60_000)
  })
})
