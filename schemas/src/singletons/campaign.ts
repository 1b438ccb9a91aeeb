import { HeartIcon } from '@sanity/icons/Heart'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { nextMilestoneProblem } from '../validation/petition.ts'
import { secureRule } from '../validation/urls.ts'
import { urlValidation } from '../validation/fieldRules.ts'
import { languageField } from '../objects/languageField.ts'
import { KEEP_SAME, TRANSLATE } from '../languages.ts'

interface PetitionFields {
  signatureCount?: number
}

export const campaign = defineType({
  name: 'campaign',
  title: 'Campaign',
  type: 'document',
  icon: HeartIcon,
  description: 'The campaign itself: what it is for, how to help and the petition. There is only one.',
  groups: [
    { name: 'message', title: 'Message', default: true },
    { name: 'help', title: 'How to help' },
    { name: 'petition', title: 'Petition' },
  ],
  fields: [
    defineField({
      name: 'name',
      title: 'Campaign name',
      type: 'string',
      description: TRANSLATE,
      group: 'message',
      validation: (rule) => rule.required().max(80),
    }),
    defineField({
      name: 'strapline',
      title: 'Strapline',
      type: 'string',
      group: 'message',
      description: `One sentence under the name on the home page: what the campaign wants. ${TRANSLATE}`,
      validation: (rule) => rule.required().max(160),
    }),
    defineField({
      name: 'heroImage',
      title: 'Main image',
      type: 'imageWithAlt',
      group: 'message',
    }),
    defineField({
      name: 'problem',
      title: 'The problem',
      type: 'richText',
      group: 'message',
      description: `What is wrong today for people living with secondary breast cancer. ${TRANSLATE}`,
    }),
    defineField({
      name: 'change',
      title: 'The change we want',
      type: 'richText',
      group: 'message',
      description: `What governments need to do, and what difference it would make. ${TRANSLATE}`,
    }),
    defineField({
      name: 'actions',
      title: 'How you can help',
      type: 'array',
      group: 'help',
      description: `Buttons shown on the home page, most important first. ${TRANSLATE}`,
      of: [defineArrayMember({ type: 'action' })],
    }),
    defineField({
      name: 'petition',
      title: 'Petition',
      type: 'object',
      group: 'petition',
      description: `The site shows the count as text, with the next milestone and hand-in. ${KEEP_SAME}`,
      fields: [
        defineField({
          name: 'signUrl',
          title: 'Sign the petition at',
          type: 'url',
          description: 'The secure web address of the petition form, starting https://.',
          validation: urlValidation(secureRule, { required: false }),
        }),
        defineField({
          name: 'dataUrl',
          title: 'Petition data address',
          type: 'url',
          description:
            'Optional: where the petition platform publishes the count as JSON. For a UK Parliament or Senedd petition, the petition page\'s address with .json on the end. Each build reads the count from here; if the platform does not answer, the site shows the count below. ' + KEEP_SAME,
          validation: urlValidation(secureRule, { required: false }),
        }),
        defineField({
          name: 'signatureCount',
          title: 'Online signatures',
          type: 'number',
          description: 'The number of people who have signed online.',
          validation: (rule) => rule.integer().min(0),
        }),
        defineField({
          name: 'countedOn',
          title: 'Counted on',
          type: 'date',
          description: 'When you took the count above. The site shows "at <date>".',
        }),
        defineField({
          name: 'paperSignatures',
          title: 'Paper signatures',
          type: 'number',
          description: 'Signatures collected on paper, if any.',
          validation: (rule) => rule.integer().min(0),
        }),
        defineField({
          name: 'nextMilestone',
          title: 'Next milestone',
          type: 'number',
          description: 'The next target, e.g. 75000. It must be more than the online count.',
          validation: (rule) =>
            rule.integer().custom<number>((nextMilestone, context) => {
              const { signatureCount } = (context.parent ?? {}) as PetitionFields
              return nextMilestoneProblem(nextMilestone, signatureCount) ?? true
            }),
        }),
        defineField({
          name: 'handInDate',
          title: 'Hand-in date',
          type: 'date',
        }),
        defineField({
          name: 'handInTo',
          title: 'Handed in to',
          type: 'string',
          description: 'Name and role, e.g. "Jo Churchill, Minister for Prevention, Public Health and Primary Care".',
        }),
      ],
    }),
    languageField,
  ],
  preview: {
    select: { title: 'name', subtitle: 'strapline' },
    prepare: ({ title, subtitle }) => ({ title: title || 'Campaign', subtitle }),
  },
})
