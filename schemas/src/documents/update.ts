import { DocumentTextIcon } from '@sanity/icons/DocumentText'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { choiceTitle, optionsList, updateKinds } from '../lists.ts'
import { datesInOrder } from '../validation/dates.ts'
import { slugify, slugProblem } from '../validation/slugs.ts'
import { isUniqueSlug } from '../validation/fieldRules.ts'
import { emptySummaryWarning } from '../validation/text.ts'
import { languageField } from '../objects/languageField.ts'
import { KEEP_SAME, TRANSLATE, TRANSLATE_SLUG } from '../languages.ts'
import { readableDate } from '../readable-date.ts'

export const update = defineType({
  name: 'update',
  title: 'Update',
  type: 'document',
  icon: DocumentTextIcon,
  description: 'News from the campaign, published on the site and in its feeds.',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: `Say what happened, e.g. "We met the Health Secretary". ${TRANSLATE}`,
      validation: (rule) => rule.required().max(100),
    }),
    defineField({
      name: 'slug',
      title: 'Web address',
      type: 'slug',
      description: `The end of the update's page address: /updates/<this>/. Press "Generate" to make it from the title. Don't change it once published: links to the old address would break. ${TRANSLATE_SLUG}`,
      options: { source: 'title', slugify, isUnique: isUniqueSlug },
      validation: (rule) => rule.required().custom((slug) => slugProblem(slug?.current) ?? true),
    }),
    defineField({
      name: 'publishedAt',
      title: 'Published',
      type: 'datetime',
      description: `The date shown on the update. A future date and time keeps it off the site until then. ${KEEP_SAME}`,
      initialValue: () => new Date().toISOString(),
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'updatedAt',
      title: 'Last changed',
      type: 'datetime',
      description: 'Optional: set this when you correct or add to an update after publishing, so readers can see it changed.',
      validation: (rule) =>
        rule.custom<string>((updatedAt, context) => {
          const publishedAt = (context.document as { publishedAt?: string } | undefined)?.publishedAt
          return datesInOrder(publishedAt, updatedAt, { allowSame: true })
            ? true
            : '"Last changed" can\'t be before "Published".'
        }),
    }),
    defineField({
      name: 'kind',
      title: 'Kind of update',
      type: 'string',
      description: KEEP_SAME,
      options: { list: optionsList(updateKinds), layout: 'radio' },
      initialValue: 'campaign-news',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 2,
      description: `One line on what happened. Shown in lists, feeds, search results and link previews. ${TRANSLATE}`,
      validation: (rule) => [rule.max(200), rule.custom((summary) => emptySummaryWarning(summary) ?? true).warning()],
    }),
    defineField({
      name: 'body',
      title: 'Text',
      type: 'richText',
      description: TRANSLATE,
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'heroImage',
      title: 'Main image',
      type: 'imageWithAlt',
      description: `Translate the alt text and caption in the Welsh version.`,
    }),
    defineField({
      name: 'relatedAsks',
      title: 'Related asks',
      type: 'array',
      description: `The asks this update is about. It then shows on those asks' pages and feeds. ${KEEP_SAME}`,
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'ask' }] })],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'relatedNations',
      title: 'Related nations',
      type: 'array',
      description: 'The nations this update is about, if any.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'nation' }] })],
      validation: (rule) => rule.unique(),
    }),
    languageField,
  ],
  orderings: [
    { title: 'Newest first', name: 'publishedAtDesc', by: [{ field: 'publishedAt', direction: 'desc' }] },
    { title: 'Oldest first', name: 'publishedAtAsc', by: [{ field: 'publishedAt', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', publishedAt: 'publishedAt', kind: 'kind', media: 'heroImage' },
    prepare: ({ title, publishedAt, kind, media }) => ({
      title,
      subtitle: [readableDate(publishedAt), choiceTitle(updateKinds, kind)].filter(Boolean).join(' · '),
      media,
    }),
  },
})
