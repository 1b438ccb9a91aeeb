import { BookIcon } from '@sanity/icons/Book'
import { defineField, defineType } from 'sanity'
import { webRule } from '../validation/urls.ts'
import { urlValidation } from '../validation/fieldRules.ts'

export const source = defineType({
  name: 'source',
  title: 'Source',
  type: 'object',
  icon: BookIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'The title of the report, article or data set, as published.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'publisher',
      title: 'Publisher',
      type: 'string',
      description: 'Who published it, e.g. "NHS Digital" or "Scottish Government".',
    }),
    defineField({
      name: 'url',
      title: 'Web address',
      type: 'url',
      description: 'Where to read it, starting https:// or http://.',
      validation: urlValidation(webRule, { required: false }),
    }),
    defineField({
      name: 'accessedOn',
      title: 'Checked on',
      type: 'date',
      description: 'When you last checked the page said this.',
    }),
  ],
  preview: {
    select: { title: 'title', subtitle: 'publisher' },
  },
})
