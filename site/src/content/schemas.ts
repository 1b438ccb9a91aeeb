import { lastReviewedProblem, nextReviewProblem } from '@campaign/schemas/review-dates'
import { z } from 'zod'
import { DEFAULT_LANGUAGE, LANGUAGES } from '../i18n/languages.ts'
import { CONSENT_CHANNELS, MILESTONE_KINDS, PROGRESS_STATUSES, STORY_NAMINGS, UPDATE_KINDS, keysOf, tupleOf } from './vocabulary.ts'

/**
 * The shape each query must return. GROQ gives `null` for a missing field, so an
 * optional field is `nullish`. Limits match the Studio's validation, so a document
 * pushed past the Studio (an import, an API write) is still caught here.
 */

const slug = z
  .string({ error: 'is missing' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens')
const date = z.iso.date({ error: 'must be a date (YYYY-MM-DD)' })
const dateTime = z.iso.datetime({ offset: true, error: 'must be a date and time (ISO 8601)' })
const text = (max: number) => z.string().trim().min(1, 'is empty').max(max, `is longer than ${max} characters`)
const required = (max: number) => z.string({ error: 'is missing' }).trim().min(1, 'is empty').max(max, `is longer than ${max} characters`)
const webUrl = z.url({ protocol: /^https?$/, error: 'must be an http or https URL' })
const ids = z.array(z.string()).nullish().transform((v) => v ?? [])

// The queries give every document a language (none stored means English); a hand-made result may not.
const language = z
  .enum(tupleOf(LANGUAGES), { error: `must be one of ${LANGUAGES.join(', ')}` })
  .nullish()
  .transform((v) => v ?? DEFAULT_LANGUAGE)

const block = z.looseObject({ _type: z.string(), _key: z.string().optional() })
export const richTextSchema = z.array(block).nullish().transform((v) => v ?? [])

const image = z
  .object({
    assetId: z.string({ error: 'has no image file' }),
    alt: z.string().nullish(),
    decorative: z.boolean().nullish(),
    credit: z.string().nullish(),
    caption: z.string().nullish(),
  })
  .refine((i) => i.decorative || (i.alt?.trim().length ?? 0) > 0, {
    message: 'needs alt text (or to be marked decorative)',
    path: ['alt'],
  })
  .nullish()

const sourceSchema = z.object({
  title: required(200),
  publisher: z.string().nullish(),
  url: webUrl.nullish(),
  accessedOn: date.nullish(),
})

const link = z.object({ label: required(80), url: z.string({ error: 'is missing' }) })

export const siteSettingsSchema = z.object({
  _id: z.string(),
  _type: z.string(),
  language,
  title: required(60),
  description: required(200),
  organisationName: required(120),
  charityNumbers: z.array(z.object({ jurisdiction: z.string().nullish(), number: required(40) })).nullish(),
  newsletter: z
    .object({
      formAction: webUrl.nullish(),
      emailFieldName: z.string().nullish(),
      consentText: z.string().nullish(),
      privacyPolicyUrl: webUrl.nullish(),
    })
    .nullish(),
  dataLicence: z.object({ name: text(80).nullish(), url: z.url({ protocol: /^https$/, error: 'must be an https URL' }).nullish() }).nullish(),
  socialLinks: z.array(link).nullish(),
  footerLinks: z.array(link).nullish(),
}, { error: 'the siteSettings document is missing' })

export const campaignSchema = z.object({
  _id: z.string(),
  _type: z.string(),
  language,
  name: required(80),
  strapline: required(160),
  problem: richTextSchema,
  change: richTextSchema,
  actions: z.array(z.object({ label: required(60), url: z.string({ error: 'is missing' }), text: z.string().nullish() })).nullish(),
  petition: z
    .object({
      signUrl: z.url({ protocol: /^https$/, error: 'must be an https URL' }),
      dataUrl: z.url({ protocol: /^https$/, error: 'must be an https URL' }).nullish(),
      signatureCount: z.number().int().nonnegative(),
      countedOn: date,
      paperSignatures: z.number().int().nonnegative().nullish(),
      nextMilestone: z.number().int().positive().nullish(),
      handInDate: date.nullish(),
      handInTo: z.string().nullish(),
    })
    .nullish(),
  heroImage: image,
}, { error: 'the campaign document is missing' })

export const nationSchema = z.object({
  _id: z.string(),
  _type: z.string(),
  language,
  name: required(60),
  slug,
  order: z.number().nullish(),
  government: z.string().nullish(),
  healthMinister: z.object({ name: z.string().nullish(), role: z.string().nullish() }).nullish(),
})

export const askSchema = z.object({
  _id: z.string(),
  _type: z.string(),
  language,
  title: required(100),
  slug,
  summary: text(200).nullish(),
  body: richTextSchema,
  order: z.number({ error: 'is missing' }),
  evidence: z.array(sourceSchema).nullish().transform((v) => v ?? []),
  progress: z
    .array(
      z.object({
        nationId: z.string({ error: 'names no nation' }),
        status: z.enum(keysOf(PROGRESS_STATUSES), { error: `must be one of ${Object.keys(PROGRESS_STATUSES).join(', ')}` }),
        ministerMet: z.string().nullish(),
        date: date.nullish(),
        note: z.string().nullish(),
        source: sourceSchema.nullish(),
      }),
    )
    .nullish()
    .transform((v) => v ?? []),
  talkingPoints: z.array(text(200)).max(6, 'has more than 6 points').nullish().transform((v) => v ?? []),
  outcome: z
    .object({ won: z.boolean().nullish(), date: date.nullish(), reportId: z.string().nullish() })
    .refine((o) => !o.won || o.date, { message: 'is missing: a won ask says when it was won', path: ['date'] })
    .nullish(),
  // Review dates, checked as the Studio checks them: both or neither, next after last, within three years.
  lastReviewed: date.nullish(),
  nextReview: date.nullish(),
}).superRefine((a, ctx) => {
  const last = lastReviewedProblem(a.lastReviewed, a.nextReview)
  if (last) ctx.addIssue({ code: 'custom', message: last, path: ['lastReviewed'] })
  const next = nextReviewProblem(a.lastReviewed, a.nextReview)
  if (next) ctx.addIssue({ code: 'custom', message: next, path: ['nextReview'] })
})

export const updateSchema = z
  .object({
    _id: z.string(),
    _type: z.string(),
    language,
    title: required(100),
    slug,
    publishedAt: dateTime,
    updatedAt: dateTime.nullish(),
    kind: z.enum(keysOf(UPDATE_KINDS), { error: `must be one of ${Object.keys(UPDATE_KINDS).join(', ')}` }),
    summary: text(200).nullish(),
    body: richTextSchema,
    heroImage: image,
    relatedAskIds: ids,
    relatedNationIds: ids,
  })
  .refine((u) => !u.updatedAt || Date.parse(u.updatedAt) >= Date.parse(u.publishedAt), {
    message: 'is before publishedAt',
    path: ['updatedAt'],
  })

/** An update's body read on its own (the hosted preview reads bodies as pages show them). */
export const updateBodySchema = z.object({ _id: z.string(), _type: z.string(), language, body: richTextSchema })

export const storySchema = z
  .object({
    _id: z.string(),
    _type: z.string(),
    language,
    createdAt: dateTime.nullish(),
    title: required(100),
    naming: z.enum(tupleOf(STORY_NAMINGS), { error: `must be one of ${STORY_NAMINGS.join(', ')}` }),
    /** The name as it may be shown, computed in the query; the full name never leaves the Lake for anyone else. */
    displayName: z.string().nullish(),
    slugNamesPerson: z.boolean().nullish(),
    slug,
    age: z.number().int().min(0).max(120).nullish(),
    place: z.string().nullish(),
    summary: text(200).nullish(),
    body: richTextSchema,
    portrait: image,
    contentNote: z.string().nullish(),
    relatedAskIds: ids,
    consent: z.object(
      {
        givenOn: date,
        expiresOn: date.nullish(),
        withdrawn: z.boolean().nullish(),
        channels: z.array(z.enum(tupleOf(CONSENT_CHANNELS))).nullish().transform((v) => v ?? []),
      },
      { error: 'is missing: a story cannot be published without a consent record' },
    ),
  })
  .refine((s) => s.naming === 'anonymous' || (s.displayName?.trim().length ?? 0) > 0, {
    message: 'is missing: the person chose to be named',
    path: ['fullName'],
  })
  .refine((s) => !s.consent.expiresOn || s.consent.expiresOn > s.consent.givenOn, {
    message: 'is not after consent.givenOn',
    path: ['consent', 'expiresOn'],
  })

/** The stories query returns a story whose consent was withdrawn as its consent record alone. */
export const withdrawnStorySchema = z.object({
  _id: z.string(),
  _type: z.string(),
  consent: z.looseObject({ withdrawn: z.literal(true) }),
})

export const milestoneSchema = z.object({
  _id: z.string(),
  _type: z.string(),
  language,
  title: required(100),
  date,
  kind: z.enum(keysOf(MILESTONE_KINDS), { error: `must be one of ${Object.keys(MILESTONE_KINDS).join(', ')}` }),
  outcome: z.string().nullish(),
  nationId: z.string().nullish(),
  reportId: z.string().nullish(),
})

/** The translations plugin's links between versions; a link to a missing document is simply not followed. */
export const translationsSchema = z.array(
  z.object({
    _id: z.string(),
    versions: z
      .array(z.object({ language: z.string().nullish(), id: z.string().nullish() }))
      .nullish()
      .transform((v) => (v ?? []).flatMap((t) => (t.language && t.id ? [{ language: t.language, id: t.id }] : []))),
  }),
)

export type SiteSettingsResult = z.infer<typeof siteSettingsSchema>
export type CampaignResult = z.infer<typeof campaignSchema>
export type NationResult = z.infer<typeof nationSchema>
export type AskResult = z.infer<typeof askSchema>
export type UpdateResult = z.infer<typeof updateSchema>
export type StoryResult = z.infer<typeof storySchema>
export type MilestoneResult = z.infer<typeof milestoneSchema>
export type ImageResult = NonNullable<z.infer<typeof image>>
export type SourceResult = z.infer<typeof sourceSchema>
export type TranslationsResult = z.infer<typeof translationsSchema>
