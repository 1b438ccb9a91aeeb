import { LaunchIcon } from '@sanity/icons/Launch'
import { defineField, defineType } from 'sanity'
import { linkRule } from '../validation/urls.ts'
import { urlValidation } from '../validation/fieldRules.ts'

export const callToAction = defineType({
  name: 'callToAction',
  title: 'Button',
  type: 'object',
  icon: LaunchIcon,
  fields: [
    defineField({
      name: 'label',
      title: 'Button text',
      type: 'string',
      description: 'Start with a verb, e.g. "Add your voice".',
      validation: (rule) => rule.required().max(60),
    }),
    defineField({
      name: 'url',
      title: 'Where the button goes',
      type: 'url',
      description: 'A web address (https://…), an email (mailto:…), a phone number (tel:…) or a page on this site (/asks/).',
      validation: urlValidation(linkRule, { required: true }),
    }),
  ],
  preview: {
    select: { title: 'label', subtitle: 'url' },
    prepare: ({ title, subtitle }) => ({ title: `Button: ${title ?? ''}`, subtitle }),
  },
})
