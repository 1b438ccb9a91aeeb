import { Progress50Icon } from '@sanity/icons/Progress50'
import { defineField, defineType } from 'sanity'
import { askStatuses, choiceTitle, optionsList } from '../lists.ts'
import { readableDate } from '../readable-date.ts'

export const nationProgress = defineType({
  name: 'nationProgress',
  title: 'Progress in a nation',
  type: 'object',
  icon: Progress50Icon,
  fields: [
    defineField({
      name: 'nation',
      title: 'Nation',
      type: 'reference',
      to: [{ type: 'nation' }],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'status',
      title: 'Where things stand',
      type: 'string',
      description: 'How far this ask has got with this nation\'s government. The site shows it in the progress tracker.',
      options: { list: optionsList(askStatuses), layout: 'radio' },
      initialValue: 'not-raised',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'ministerMet',
      title: 'Minister met',
      type: 'string',
      description: 'Name and role, e.g. "Jeane Freeman, Cabinet Secretary for Health and Sport".',
    }),
    defineField({
      name: 'date',
      title: 'Date of the latest step',
      type: 'date',
    }),
    defineField({
      name: 'note',
      title: 'Note',
      type: 'text',
      rows: 3,
      description: 'What happened or what comes next, in a sentence or two. Shown on the site.',
    }),
    defineField({
      name: 'source',
      title: 'Source',
      type: 'source',
      description: 'Optional: where this is published, e.g. a government response.',
    }),
  ],
  preview: {
    select: { nation: 'nation.name', status: 'status', date: 'date' },
    prepare: ({ nation, status, date }) => ({
      title: `${nation ?? 'Choose a nation'}: ${choiceTitle(askStatuses, status) ?? 'no status'}`,
      subtitle: date ? `Latest step ${readableDate(date)}` : undefined,
    }),
  },
})
