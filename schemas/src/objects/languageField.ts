import { defineField } from 'sanity'

/**
 * Which language this version of the document is in. The translations plugin
 * writes it when staff create a Welsh version (Translations menu), so it is not
 * edited by hand; an empty value means English.
 */
export const languageField = defineField({
  name: 'language',
  title: 'Language',
  type: 'string',
  readOnly: true,
  hidden: true,
})
