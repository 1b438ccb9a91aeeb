import { CogIcon } from '@sanity/icons/Cog'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { linkRule, secureRule } from '../validation/urls.ts'
import { urlValidation } from '../validation/fieldRules.ts'
import { neededWith } from '../validation/text.ts'
import { languageField } from '../objects/languageField.ts'
import { TRANSLATE } from '../languages.ts'

interface NewsletterFields {
  formAction?: string
}

export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  icon: CogIcon,
  description: 'The site\'s name, description, charity details, sign-up form and footer. There is only one.',
  fields: [
    defineField({
      name: 'title',
      title: 'Site title',
      type: 'string',
      description: `Shown in browser tabs, search results and feeds. ${TRANSLATE}`,
      validation: (rule) => rule.required().max(60),
    }),
    defineField({
      name: 'description',
      title: 'Site description',
      type: 'text',
      rows: 3,
      description: `A sentence or two for search results and link previews. ${TRANSLATE}`,
      validation: (rule) => rule.required().max(200),
    }),
    defineField({
      name: 'organisationName',
      title: 'Charity name',
      type: 'string',
      description: `The registered name, shown in the footer and feeds. ${TRANSLATE}`,
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'charityNumbers',
      title: 'Charity numbers',
      type: 'array',
      description: 'One for each register the charity is on. Shown in the footer.',
      of: [defineArrayMember({ type: 'charityNumber' })],
    }),
    defineField({
      name: 'newsletter',
      title: '"Stay in touch" sign-up',
      type: 'object',
      description: `Leave "Form address" empty to show no sign-up form. Translate the consent wording in the Welsh version; the form address stays the same.`,
      fields: [
        defineField({
          name: 'formAction',
          title: 'Form address',
          type: 'url',
          description: 'Where the sign-up form sends emails: from your email provider, starting https://.',
          validation: urlValidation(secureRule, { required: false }),
        }),
        defineField({
          name: 'emailFieldName',
          title: 'Email field name',
          type: 'string',
          description: 'The name your email provider gives the email field, often "email" or "EMAIL".',
          initialValue: 'email',
          validation: (rule) =>
            rule.custom<string>((value, context) => {
              const { formAction } = (context.parent ?? {}) as NewsletterFields
              return neededWith(value, formAction, '"Form address"') ?? true
            }),
        }),
        defineField({
          name: 'consentText',
          title: 'Consent wording',
          type: 'text',
          rows: 3,
          description: 'Shown by the sign-up button: what people will get, and that they can unsubscribe at any time.',
          validation: (rule) =>
            rule.custom<string>((value, context) => {
              const { formAction } = (context.parent ?? {}) as NewsletterFields
              return neededWith(value, formAction, '"Form address"') ?? true
            }),
        }),
        defineField({
          name: 'privacyPolicyUrl',
          title: 'Privacy policy',
          type: 'url',
          description: 'The privacy policy page, a full address or a page on this site.',
          validation: urlValidation(linkRule, { required: false }),
        }),
      ],
    }),
    defineField({
      name: 'dataLicence',
      title: 'Open data licence',
      type: 'object',
      description: 'The licence for the tracker\'s open data (/data/progress.json and .csv). Left empty, the site says CC BY 4.0.',
      fields: [
        defineField({
          name: 'name',
          title: 'Licence name',
          type: 'string',
          initialValue: 'CC BY 4.0',
          validation: (rule) => rule.max(80),
        }),
        defineField({
          name: 'url',
          title: 'Licence address',
          type: 'url',
          initialValue: 'https://creativecommons.org/licenses/by/4.0/',
          validation: urlValidation(secureRule, { required: false }),
        }),
      ],
    }),
    defineField({
      name: 'socialLinks',
      title: 'Social media links',
      type: 'array',
      of: [defineArrayMember({ type: 'link' })],
    }),
    defineField({
      name: 'footerLinks',
      title: 'Footer links',
      type: 'array',
      description: `e.g. privacy policy, accessibility statement, contact us. ${TRANSLATE}`,
      of: [defineArrayMember({ type: 'link' })],
    }),
    languageField,
  ],
  preview: {
    select: { title: 'title' },
    prepare: ({ title }) => ({ title: title || 'Site settings', subtitle: 'Site settings' }),
  },
})
