import { TargetIcon } from '@sanity/icons/Target'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { slugify, slugProblem } from '../validation/slugs.ts'
import { isUniqueSlug } from '../validation/fieldRules.ts'
import { emptySummaryWarning } from '../validation/text.ts'
import { repeatedNationProblem } from '../validation/progress.ts'
import { talkingPointProblem, wonDateProblem } from '../validation/outcome.ts'
import { lastReviewedProblem, nextReviewProblem } from '../validation/review.ts'
import { languageField } from '../objects/languageField.ts'
import { KEEP_SAME, TRANSLATE, TRANSLATE_SLUG } from '../languages.ts'

interface OutcomeFields {
  won?: boolean
}

interface ReviewFields {
  lastReviewed?: string
  nextReview?: string
}

export const ask = defineType({
  name: 'ask',
  title: 'Ask',
  type: 'document',
  icon: TargetIcon,
  description: 'One of the changes the campaign asks governments to make.',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: `Short and plain, e.g. "Prompt diagnosis". ${TRANSLATE}`,
      validation: (rule) => rule.required().max(100),
    }),
    defineField({
      name: 'slug',
      title: 'Web address',
      type: 'slug',
      description: `The end of the ask's page address: /asks/<this>/. Press "Generate" to make it from the title. ${TRANSLATE_SLUG}`,
      options: { source: 'title', slugify, isUnique: isUniqueSlug },
      validation: (rule) => rule.required().custom((slug) => slugProblem(slug?.current) ?? true),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 2,
      description: `One line on what we want and why. Shown in lists, feeds and search results. ${TRANSLATE}`,
      validation: (rule) => [rule.max(200), rule.custom((summary) => emptySummaryWarning(summary) ?? true).warning()],
    }),
    defineField({
      name: 'body',
      title: 'Why it matters',
      type: 'richText',
      description: TRANSLATE,
    }),
    defineField({
      name: 'order',
      title: 'Order on the site',
      type: 'number',
      description: `Asks are listed by this number, 1 first. ${KEEP_SAME}`,
      validation: (rule) => rule.required().integer().min(1),
    }),
    defineField({
      name: 'evidence',
      title: 'Evidence',
      type: 'array',
      description: `Reports and data that back this ask up. ${KEEP_SAME}`,
      of: [defineArrayMember({ type: 'source' })],
    }),
    defineField({
      name: 'progress',
      title: 'Progress in each nation',
      type: 'array',
      description: `One entry per nation. Update the status as things move on: the site's tracker shows it. Translate the notes in the Welsh version; keep the statuses and dates the same as the English.`,
      of: [defineArrayMember({ type: 'nationProgress' })],
      validation: (rule) =>
        rule.custom<{ nation?: { _ref?: string } }[]>((progress) => repeatedNationProblem(progress) ?? true),
    }),
    defineField({
      name: 'talkingPoints',
      title: 'What to say',
      type: 'array',
      description:
        'Optional: a few short points readers can make when they write to their representative, shown beside the "Write to your representative" form. Points, not a letter: WriteToThem turns away identical letters. ' + TRANSLATE,
      of: [defineArrayMember({ type: 'string', validation: (rule) => rule.custom<string>((point) => talkingPointProblem(point) ?? true) })],
      validation: (rule) => rule.max(6),
    }),
    defineField({
      name: 'outcome',
      title: 'Outcome',
      type: 'object',
      description: `When the ask is won, tick "Won" and say when: the site shows a "Won" banner on the ask, the tracker and the home page. ${KEEP_SAME}`,
      fields: [
        defineField({
          name: 'won',
          title: 'Won',
          type: 'boolean',
          description: 'The government(s) did what we asked.',
          initialValue: false,
        }),
        defineField({
          name: 'date',
          title: 'Won on',
          type: 'date',
          validation: (rule) =>
            rule.custom<string>((date, context) => {
              const { won } = (context.parent ?? {}) as OutcomeFields
              return wonDateProblem(won, date) ?? true
            }),
        }),
        defineField({
          name: 'report',
          title: 'Update that reports it',
          type: 'reference',
          to: [{ type: 'update' }],
          description: 'Optional: the banner links to this update.',
        }),
      ],
    }),
    defineField({
      name: 'lastReviewed',
      title: 'Last reviewed',
      type: 'date',
      description: `When someone last checked this ask's facts and evidence are still right. The page shows "Page last reviewed" with this date. ${KEEP_SAME}`,
      validation: (rule) =>
        rule.custom<string>((date, context) => lastReviewedProblem(date, (context.document as ReviewFields | undefined)?.nextReview) ?? true),
    }),
    defineField({
      name: 'nextReview',
      title: 'Next review due',
      type: 'date',
      description: `When it should be checked again: after the last review, and within three years of it. "Needs attention" lists the ask once this date has passed. ${KEEP_SAME}`,
      validation: (rule) =>
        rule.custom<string>((date, context) => nextReviewProblem((context.document as ReviewFields | undefined)?.lastReviewed, date) ?? true),
    }),
    languageField,
  ],
  orderings: [{ title: 'Order on the site', name: 'orderAsc', by: [{ field: 'order', direction: 'asc' }] }],
  preview: {
    select: { title: 'title', order: 'order', summary: 'summary' },
    prepare: ({ title, order, summary }) => ({
      title: order ? `${order}. ${title ?? ''}` : title,
      subtitle: summary,
    }),
  },
})
