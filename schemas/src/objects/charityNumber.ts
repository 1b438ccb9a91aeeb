import { DocumentIcon } from '@sanity/icons/Document'
import { defineField, defineType } from 'sanity'

export const charityNumber = defineType({
  name: 'charityNumber',
  title: 'Charity number',
  type: 'object',
  icon: DocumentIcon,
  fields: [
    defineField({
      name: 'jurisdiction',
      title: 'Where registered',
      type: 'string',
      description: 'e.g. "England and Wales", "Scotland" or "Isle of Man".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'number',
      title: 'Number',
      type: 'string',
      description: 'As registered, e.g. "1017658" or "SC045584".',
      validation: (rule) => rule.required(),
    }),
  ],
  preview: {
    select: { title: 'number', subtitle: 'jurisdiction' },
  },
})
