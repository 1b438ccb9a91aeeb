import { EarthGlobeIcon } from '@sanity/icons/EarthGlobe'
import { defineField, defineType } from 'sanity'
import { slugify, slugProblem } from '../validation/slugs.ts'
import { isUniqueSlug } from '../validation/fieldRules.ts'
import { languageField } from '../objects/languageField.ts'
import { KEEP_SAME, TRANSLATE, TRANSLATE_SLUG } from '../languages.ts'

export const nation = defineType({
  name: 'nation',
  title: 'Nation',
  type: 'document',
  icon: EarthGlobeIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: `e.g. "Northern Ireland". ${TRANSLATE}`,
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'slug',
      title: 'Web address',
      type: 'slug',
      description: `The end of the nation's page address: /nations/<this>/. Press "Generate" to make it from the name. ${TRANSLATE_SLUG}`,
      options: { source: 'name', slugify, isUnique: isUniqueSlug },
      validation: (rule) => rule.required().custom((slug) => slugProblem(slug?.current) ?? true),
    }),
    defineField({
      name: 'order',
      title: 'Order on the site',
      type: 'number',
      description: `Nations are listed by this number: England 1, Scotland 2, Wales 3, Northern Ireland 4. ${KEEP_SAME}`,
      validation: (rule) => rule.integer().min(1),
    }),
    defineField({
      name: 'government',
      title: 'Government',
      type: 'string',
      description: `As the public knows it, e.g. "Scottish Government" or "UK Government". ${TRANSLATE}`,
    }),
    defineField({
      name: 'healthMinister',
      title: 'Health minister',
      type: 'object',
      description: `The minister the campaign asks to meet people living with secondary breast cancer. ${TRANSLATE}`,
      fields: [
        defineField({ name: 'name', title: 'Name', type: 'string' }),
        defineField({
          name: 'role',
          title: 'Role',
          type: 'string',
          description: 'e.g. "Cabinet Secretary for Health and Sport".',
        }),
      ],
    }),
    languageField,
  ],
  orderings: [{ title: 'Order on the site', name: 'orderAsc', by: [{ field: 'order', direction: 'asc' }] }],
  preview: {
    select: { title: 'name', subtitle: 'government' },
  },
})
