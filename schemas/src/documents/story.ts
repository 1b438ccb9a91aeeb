import { LockIcon } from '@sanity/icons/Lock'
import { UserIcon } from '@sanity/icons/User'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { optionsList, storyChannels, storyNamings } from '../lists.ts'
import { consentExpiryWarning, datesInOrder, isoDate } from '../validation/dates.ts'
import { anonymousSlugProblem, slugify, slugProblem } from '../validation/slugs.ts'
import { isUniqueSlug } from '../validation/fieldRules.ts'
import { anonymousNameWarning, fullNameProblem, noChannelsWarning } from '../validation/stories.ts'
import { emptySummaryWarning } from '../validation/text.ts'
import { languageField } from '../objects/languageField.ts'
import { TRANSLATE, TRANSLATE_SLUG } from '../languages.ts'
import { readableDate } from '../readable-date.ts'
import { ERASED_FIELDS, isErasedStory } from '../withdrawal.ts'

interface StoryFields {
  naming?: string
  fullName?: string
}

interface ConsentFields {
  givenOn?: string
  expiresOn?: string
  withdrawn?: boolean
  withdrawnOn?: string
  withdrawnBy?: string
  withdrawnAt?: string
  channels?: string[]
}

// A story erased by "Withdraw consent" is kept only as the record that consent was
// withdrawn (../withdrawal.ts): the story is read-only, and each erased field is
// hidden (an empty "Full name" or "Story" would only puzzle staff) with its rules
// skipped, so the record carries no error or warning asking for them again.
const hiddenOnceErased = ({ document }: { document?: unknown }) => isErasedStory(document)

type Builder = (rule: unknown, context?: { document?: unknown }) => unknown

/** A field "Withdraw consent" erases, as it is everywhere but on the record it keeps. */
function erasedOnWithdrawal<F extends { name: string; validation?: unknown }>(field: F): F {
  if (!(ERASED_FIELDS as readonly string[]).includes(field.name)) return field
  const rules = field.validation as Builder | undefined
  const validation: Builder | undefined = rules && ((rule, context) => (isErasedStory(context?.document) ? [] : rules(rule, context)))
  return { ...field, hidden: hiddenOnceErased, ...(validation && { validation }) }
}

export const story = defineType({
  name: 'story',
  title: 'Story',
  type: 'document',
  icon: UserIcon,
  description: 'A supporter\'s own account, published only as far as they consented.',
  readOnly: ({ document }) => isErasedStory(document),
  groups: [
    { name: 'story', title: 'Story', default: true },
    { name: 'consent', title: 'Consent and naming' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Headline',
      type: 'string',
      group: 'story',
      description: `e.g. "I knew the signs, and I pushed for the checks I needed". ${TRANSLATE}`,
      validation: (rule) => rule.required().max(100),
    }),
    defineField({
      name: 'naming',
      title: 'How they want to be named',
      type: 'string',
      group: 'consent',
      description: 'As agreed on the consent form.',
      options: { list: optionsList(storyNamings), layout: 'radio' },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'fullName',
      title: 'Full name',
      type: 'string',
      group: 'consent',
      description: 'With "First name only" the site shows just the first word of this.',
      validation: (rule) => [
        rule.custom<string>((fullName, context) => {
          const { naming } = (context.document ?? {}) as StoryFields
          return fullNameProblem(naming, fullName) ?? true
        }),
        rule
          .custom<string>((fullName, context) => {
            const { naming } = (context.document ?? {}) as StoryFields
            return anonymousNameWarning(naming, fullName) ?? true
          })
          .warning(),
      ],
    }),
    defineField({
      name: 'slug',
      title: 'Web address',
      type: 'slug',
      group: 'story',
      description: `The end of the story's page address: /stories/<this>/. For an anonymous story, keep the person's name out of it. ${TRANSLATE_SLUG}`,
      options: { source: 'title', slugify, isUnique: isUniqueSlug },
      validation: (rule) =>
        rule.required().custom((slug, context) => {
          const { naming, fullName } = (context.document ?? {}) as StoryFields
          const problem = slugProblem(slug?.current)
          if (problem) return problem
          return (naming === 'anonymous' && anonymousSlugProblem(slug?.current, fullName)) || true
        }),
    }),
    defineField({
      name: 'age',
      title: 'Age',
      type: 'number',
      group: 'consent',
      description: 'Optional, and only if they agreed to share it.',
      validation: (rule) => rule.integer().min(0).max(120),
    }),
    defineField({
      name: 'place',
      title: 'Where they live',
      type: 'string',
      group: 'consent',
      description: 'Optional, as broad as they like, e.g. "Glasgow" or "North Wales".',
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 2,
      group: 'story',
      description: `One line about the story. Shown in lists, feeds and search results. ${TRANSLATE}`,
      validation: (rule) => [rule.max(200), rule.custom((summary) => emptySummaryWarning(summary) ?? true).warning()],
    }),
    defineField({
      name: 'body',
      title: 'Story',
      type: 'richText',
      description: TRANSLATE,
      group: 'story',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'portrait',
      title: 'Photo',
      type: 'imageWithAlt',
      group: 'story',
      description: 'Optional. Only use a photo the person agreed to share.',
    }),
    defineField({
      name: 'contentNote',
      title: 'Content note',
      type: 'string',
      group: 'story',
      description: `Shown before the story so readers can choose, e.g. "This story mentions bereavement." ${TRANSLATE}`,
    }),
    defineField({
      name: 'relatedAsks',
      title: 'Related asks',
      type: 'array',
      group: 'story',
      description: 'The asks this story speaks to. It then shows on those asks\' pages.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'ask' }] })],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'consent',
      title: 'Consent',
      type: 'object',
      group: 'consent',
      description: `The story is shown only while consent holds: not withdrawn, not run out, and only where ticked. Each language version has its own consent record: a Welsh version is shown only as far as its own consent allows.`,
      validation: (rule) => rule.required(),
      fields: [
        defineField({
          name: 'givenOn',
          title: 'Consent given on',
          type: 'date',
          validation: (rule) => rule.required(),
        }),
        defineField({
          name: 'expiresOn',
          title: 'Consent runs out on',
          type: 'date',
          description: 'Leave empty if consent has no end date. The story comes off the site after this day.',
          validation: (rule) => [
            rule.custom<string>((expiresOn, context) => {
              const { givenOn } = (context.parent ?? {}) as ConsentFields
              return datesInOrder(givenOn, expiresOn, { allowSame: false })
                ? true
                : 'Consent must run out after the day it was given.'
            }),
            rule.custom<string>((expiresOn) => consentExpiryWarning(expiresOn, isoDate()) ?? true).warning(),
          ],
        }),
        defineField({
          name: 'withdrawn',
          title: 'Consent withdrawn',
          type: 'boolean',
          description: 'When the person withdraws consent, use "Withdraw consent" in the menu at the bottom of the story: it unpublishes the story and erases their details. Switching this on alone takes the story off the site and feeds at the next build, but keeps their details.',
          initialValue: false,
          // On the record "Withdraw consent" keeps, the dates below say it (and this advice no longer applies).
          hidden: hiddenOnceErased,
        }),
        defineField({
          name: 'withdrawnOn',
          title: 'Consent withdrawn on',
          type: 'date',
          readOnly: true,
          hidden: ({ parent }) => !(parent as ConsentFields | undefined)?.withdrawnOn,
          description: 'Recorded by "Withdraw consent", for our records.',
        }),
        defineField({
          name: 'withdrawnBy',
          title: 'Withdrawn by',
          type: 'string',
          readOnly: true,
          hidden: ({ parent }) => !(parent as ConsentFields | undefined)?.withdrawnBy,
          description: 'The member of staff who used "Withdraw consent".',
        }),
        defineField({
          name: 'withdrawnAt',
          title: 'Details erased at',
          type: 'datetime',
          readOnly: true,
          hidden: ({ parent }) => !(parent as ConsentFields | undefined)?.withdrawnAt,
          description: 'When "Withdraw consent" unpublished the story and erased the person\'s name, age, place, photo and story text.',
        }),
        defineField({
          name: 'channels',
          title: 'Where it can appear',
          type: 'array',
          description: 'Tick only what the person agreed to.',
          of: [defineArrayMember({ type: 'string' })],
          options: { list: optionsList(storyChannels), layout: 'grid' },
          validation: (rule) => [
            rule.unique(),
            rule.custom<string[]>((channels) => noChannelsWarning(channels) ?? true).warning(),
          ],
        }),
      ],
    }),
    languageField,
  ].map(erasedOnWithdrawal),
  preview: {
    select: {
      title: 'title',
      naming: 'naming',
      fullName: 'fullName',
      withdrawn: 'consent.withdrawn',
      withdrawnOn: 'consent.withdrawnOn',
      withdrawnAt: 'consent.withdrawnAt',
      expiresOn: 'consent.expiresOn',
      media: 'portrait',
    },
    prepare: ({ title, naming, fullName, withdrawn, withdrawnOn, withdrawnAt, expiresOn, media }) => {
      // The record "Withdraw consent" keeps: no name to show, and staff should see at once what it is.
      if (withdrawnAt) {
        const on = readableDate(withdrawnOn ?? withdrawnAt)
        return { title, subtitle: `Consent withdrawn${on ? ` on ${on}` : ''} · details erased`, media: LockIcon }
      }
      const name =
        naming === 'anonymous' ? 'Anonymous' : naming === 'first-name' ? fullName?.split(' ')[0] : fullName
      const hidden = withdrawn
        ? 'Hidden: consent withdrawn'
        : expiresOn && expiresOn < isoDate()
          ? 'Hidden: consent ran out'
          : undefined
      return { title, subtitle: [name, hidden].filter(Boolean).join(' · '), media }
    },
  },
})
