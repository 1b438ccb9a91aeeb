import { LinkIcon } from '@sanity/icons/Link'
import { defineField, defineType } from 'sanity'
import { linkRule } from '../validation/urls.ts'
import { urlValidation } from '../validation/fieldRules.ts'

export const link = defineType({
  name: 'link',
  title: 'Link',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'label',
      title: 'Label',
      type: 'string',
      description: 'The words people click, e.g. "Privacy policy" or "Follow us on Instagram".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'url',
      title: 'Address',
      type: 'url',
      description: 'A web address (https://…), an email (mailto:…), a phone number (tel:…) or a page on this site (/asks/).',
      validation: urlValidation(linkRule, { required: true }),
    }),
  ],
  preview: {
    select: { title: 'label', subtitle: 'url' },
  },
})
