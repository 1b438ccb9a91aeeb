import { CalendarIcon } from '@sanity/icons/Calendar'
import { defineField, defineType } from 'sanity'
import { choiceTitle, milestoneKinds, optionsList } from '../lists.ts'
import { languageField } from '../objects/languageField.ts'
import { KEEP_SAME, TRANSLATE } from '../languages.ts'
import { readableDate } from '../readable-date.ts'

export const milestone = defineType({
  name: 'milestone',
  title: 'Milestone',
  type: 'document',
  icon: CalendarIcon,
  description: 'A dated step in the campaign, shown on the timeline.',
  fields: [
    defineField({
      name: 'title',
      title: 'What happened',
      type: 'string',
      description: `e.g. "Petition handed in to the Cancer Minister". ${TRANSLATE}`,
      validation: (rule) => rule.required().max(100),
    }),
    defineField({
      name: 'date',
      title: 'Date',
      type: 'date',
      description: KEEP_SAME,
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'nation',
      title: 'Nation',
      type: 'reference',
      to: [{ type: 'nation' }],
      description: 'Leave empty if it concerns the whole UK.',
    }),
    defineField({
      name: 'kind',
      title: 'Kind of milestone',
      type: 'string',
      options: { list: optionsList(milestoneKinds), layout: 'radio' },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'outcome',
      title: 'Outcome',
      type: 'text',
      rows: 3,
      description: `What came of it, in a sentence or two. ${TRANSLATE}`,
    }),
    defineField({
      name: 'report',
      title: 'Update that reports it',
      type: 'reference',
      to: [{ type: 'update' }],
      description: `Optional: the timeline links to this update for the full story. ${KEEP_SAME}`,
    }),
    languageField,
  ],
  orderings: [
    { title: 'Newest first', name: 'dateDesc', by: [{ field: 'date', direction: 'desc' }] },
    { title: 'Oldest first', name: 'dateAsc', by: [{ field: 'date', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', date: 'date', nation: 'nation.name', kind: 'kind' },
    prepare: ({ title, date, nation, kind }) => ({
      title,
      subtitle: [readableDate(date), nation ?? 'UK-wide', choiceTitle(milestoneKinds, kind)].filter(Boolean).join(' · '),
    }),
  },
})
