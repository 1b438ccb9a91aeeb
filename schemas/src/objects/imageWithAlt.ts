import { ImageIcon } from '@sanity/icons/Image'
import { defineField, defineType } from 'sanity'
import { altTextProblem } from '../validation/images.ts'

export const imageWithAlt = defineType({
  name: 'imageWithAlt',
  title: 'Image',
  type: 'image',
  icon: ImageIcon,
  options: { hotspot: true },
  fields: [
    defineField({
      name: 'alt',
      title: 'Alternative text',
      type: 'string',
      description:
        'What the image shows, for people using screen readers, e.g. "Campaigners handing a box of petitions to the minister outside Parliament".',
      validation: (rule) =>
        rule.custom((alt, context) => {
          const parent = context.parent as { decorative?: boolean } | undefined
          return altTextProblem(alt, parent?.decorative) ?? true
        }),
    }),
    defineField({
      name: 'decorative',
      title: 'Decorative only',
      type: 'boolean',
      description: 'Tick only if the image adds nothing to the text (a pattern, a texture). Screen readers then skip it.',
      initialValue: false,
    }),
    defineField({
      name: 'credit',
      title: 'Credit',
      type: 'string',
      description: 'Who took or owns the image, e.g. "Photo: Jane Smith" or "© Charity name". Shown with the image.',
      validation: (rule) => rule.required().error('Add a credit: who took or owns this image.'),
    }),
    defineField({
      name: 'caption',
      title: 'Caption',
      type: 'string',
      description: 'Optional words shown under the image.',
    }),
  ],
  preview: {
    select: { title: 'alt', subtitle: 'credit', media: 'asset' },
    prepare: ({ title, subtitle, media }) => ({ title: title || 'Image', subtitle, media }),
  },
})
