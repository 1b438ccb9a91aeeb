// The schema against docs/content-model.md: the site's queries and the demo
// dataset use these names, so a renamed field must fail here first.
import { describe, expect, it } from 'vitest'
import { askStatuses } from '../src/lists.ts'
import { CAMPAIGN_ID, SITE_SETTINGS_ID, TRANSLATE, TRANSLATE_SLUG, schemaTypes, singletonTypes, singletonVersions, translatedTypes } from '../src/index.ts'

interface TypeShape {
  name: string
  type: string
  icon?: unknown
  preview?: { select?: object }
  fields?: { name: string; type: string; fields?: { name: string }[] }[]
}

const types = new Map((schemaTypes as unknown as TypeShape[]).map((type) => [type.name, type]))
const fieldNames = (typeName: string) => types.get(typeName)?.fields?.map(({ name }) => name)
const subfieldNames = (typeName: string, field: string) =>
  types.get(typeName)?.fields?.find(({ name }) => name === field)?.fields?.map(({ name }) => name)

describe('the content model contract', () => {
  it('has the field names the contract lists, for every type', () => {
    expect({
      siteSettings: fieldNames('siteSettings'),
      campaign: fieldNames('campaign'),
      nation: fieldNames('nation'),
      ask: fieldNames('ask'),
      update: fieldNames('update'),
      story: fieldNames('story'),
      milestone: fieldNames('milestone'),
      link: fieldNames('link'),
      action: fieldNames('action'),
      source: fieldNames('source'),
      imageWithAlt: fieldNames('imageWithAlt'),
      callout: fieldNames('callout'),
      callToAction: fieldNames('callToAction'),
      nationProgress: fieldNames('nationProgress'),
      charityNumber: fieldNames('charityNumber'),
    }).toEqual({
      siteSettings: ['title', 'description', 'organisationName', 'charityNumbers', 'newsletter', 'dataLicence', 'socialLinks', 'footerLinks', 'language'],
      campaign: ['name', 'strapline', 'heroImage', 'problem', 'change', 'actions', 'petition', 'language'],
      nation: ['name', 'slug', 'order', 'government', 'healthMinister', 'language'],
      ask: ['title', 'slug', 'summary', 'body', 'order', 'evidence', 'progress', 'talkingPoints', 'outcome', 'lastReviewed', 'nextReview', 'language'],
      update: ['title', 'slug', 'publishedAt', 'updatedAt', 'kind', 'summary', 'body', 'heroImage', 'relatedAsks', 'relatedNations', 'language'],
      story: ['title', 'naming', 'fullName', 'slug', 'age', 'place', 'summary', 'body', 'portrait', 'contentNote', 'relatedAsks', 'consent', 'language'],
      milestone: ['title', 'date', 'nation', 'kind', 'outcome', 'report', 'language'],
      link: ['label', 'url'],
      action: ['label', 'url', 'text'],
      source: ['title', 'publisher', 'url', 'accessedOn'],
      imageWithAlt: ['alt', 'decorative', 'credit', 'caption'],
      callout: ['tone', 'text'],
      callToAction: ['label', 'url'],
      nationProgress: ['nation', 'status', 'ministerMet', 'date', 'note', 'source'],
      charityNumber: ['jurisdiction', 'number'],
    })
    expect(subfieldNames('campaign', 'petition')).toEqual([
      'signUrl', 'dataUrl', 'signatureCount', 'countedOn', 'paperSignatures', 'nextMilestone', 'handInDate', 'handInTo',
    ])
    expect(subfieldNames('story', 'consent')).toEqual(['givenOn', 'expiresOn', 'withdrawn', 'withdrawnOn', 'withdrawnBy', 'withdrawnAt', 'channels'])
    expect(subfieldNames('siteSettings', 'newsletter')).toEqual(['formAction', 'emailFieldName', 'consentText', 'privacyPolicyUrl'])
    expect(subfieldNames('nation', 'healthMinister')).toEqual(['name', 'role'])
    expect(subfieldNames('ask', 'outcome')).toEqual(['won', 'date', 'report'])
    expect(subfieldNames('siteSettings', 'dataLicence')).toEqual(['name', 'url'])
  })

  it('gives every document type an icon and a list preview', () => {
    const documents = [...types.values()].filter(({ type }) => type === 'document')
    expect(documents.map(({ name }) => name).sort()).toEqual(['ask', 'campaign', 'milestone', 'nation', 'siteSettings', 'story', 'update'])
    for (const document of documents) {
      expect(document.icon, `${document.name} icon`).toBeTruthy()
      expect(document.preview?.select, `${document.name} preview`).toBeTruthy()
    }
  })

  it('keeps the singletons at fixed ids equal to their type names, "-cy" for the Welsh version', () => {
    expect([CAMPAIGN_ID, SITE_SETTINGS_ID]).toEqual(['campaign', 'siteSettings'])
    expect([...singletonTypes]).toEqual(['campaign', 'siteSettings'])
    expect(singletonVersions.map(({ id, language }) => [id, language])).toEqual([
      ['campaign', 'en'], ['campaign-cy', 'cy'], ['siteSettings', 'en'], ['siteSettings-cy', 'cy'],
    ])
  })

  it('gives every translated type a read-only language field, and tells staff what to translate', () => {
    expect([...translatedTypes].sort()).toEqual(['ask', 'campaign', 'milestone', 'nation', 'siteSettings', 'story', 'update'])
    for (const type of translatedTypes) {
      const fields = (types.get(type)?.fields ?? []) as { name: string; readOnly?: boolean; description?: string }[]
      expect(fields.find(({ name }) => name === 'language')?.readOnly, type).toBe(true)
      const said = fields.map(({ description }) => description ?? '').join(' ')
      expect(said, type).toContain(TRANSLATE)
      const slug = fields.find(({ name }) => name === 'slug')
      if (slug) expect(slug.description, `${type} slug`).toContain(TRANSLATE_SLUG)
    }
  })

  it('shows ask progress in campaign words, in order', () => {
    expect(askStatuses.map(({ title }) => title)).toEqual([
      'Not raised', 'Raised', 'Meeting requested', 'Meeting held', 'Commitment made', 'Delivered',
    ])
    expect(askStatuses.map(({ value }) => value)).toEqual([
      'not-raised', 'raised', 'meeting-requested', 'meeting-held', 'commitment-made', 'delivered',
    ])
  })
})
