import { BoltIcon } from '@sanity/icons/Bolt'
import { defineField, defineType } from 'sanity'
import { actionRule } from '../validation/urls.ts'
import { urlValidation } from '../validation/fieldRules.ts'

export const action = defineType({
  name: 'action',
  title: 'Way to help',
  type: 'object',
  icon: BoltIcon,
  fields: [
    defineField({
      name: 'label',
      title: 'Button text',
      type: 'string',
      description: 'Start with a verb, e.g. "Sign the petition" or "Write to your MSP".',
      validation: (rule) => rule.required().max(60),
    }),
    defineField({
      name: 'url',
      title: 'Where the button goes',
      type: 'url',
      description: 'A web address (https://…), an email (mailto:…) or a page on this site (/stories/).',
      validation: urlValidation(actionRule, { required: true }),
    }),
    defineField({
      name: 'text',
      title: 'Short explanation',
      type: 'text',
      rows: 2,
      description: 'One or two sentences on what this does and why it helps.',
      validation: (rule) => rule.max(300),
    }),
  ],
  preview: {
    select: { title: 'label', subtitle: 'url' },
  },
})
