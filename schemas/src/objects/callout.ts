import { InfoOutlineIcon } from '@sanity/icons/InfoOutline'
import { defineField, defineType } from 'sanity'
import { calloutTones, choiceTitle, optionsList } from '../lists.ts'

export const callout = defineType({
  name: 'callout',
  title: 'Callout box',
  type: 'object',
  icon: InfoOutlineIcon,
  fields: [
    defineField({
      name: 'tone',
      title: 'Tone',
      type: 'string',
      description: '"Information" for helpful context; "Warning" for something readers must not miss.',
      options: { list: optionsList(calloutTones), layout: 'radio', direction: 'horizontal' },
      initialValue: 'info',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'text',
      title: 'Text',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.required(),
    }),
  ],
  preview: {
    select: { text: 'text', tone: 'tone' },
    prepare: ({ text, tone }) => ({ title: text, subtitle: choiceTitle(calloutTones, tone) }),
  },
})
