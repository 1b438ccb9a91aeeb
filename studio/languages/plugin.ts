import { languages, singletonTypes, singletonVersions, translatedTypes } from '@campaign/schemas'

/** The template the translations plugin makes for a type in a language: "ask-cy". */
export const languageTemplateId = (type: string, language: string) => `${type}-${language}`

const singletonTemplates = new Set(singletonVersions.map(({ type, language }) => languageTemplateId(type, language)))

/** A singleton's per-language template: used only by its pinned document, never offered as "new". */
export const isSingletonTemplate = (templateId: string) => singletonTemplates.has(templateId)

/**
 * Settings for @sanity/document-internationalization: a Welsh version of each
 * translated document, linked to the English one in a `translation.metadata`
 * document. Singletons keep their fixed ids per language (the menu pins both),
 * so their Translations menu is hidden rather than letting it make a third copy.
 */
export const translations = {
  supportedLanguages: languages.map(({ id, title }) => ({ id, title })),
  schemaTypes: [...translatedTypes],
  apiVersion: '2025-02-19',
  hideLanguageFilter: ({ schemaType }: { schemaType: string }) => singletonTypes.has(schemaType),
}
