import { languages } from '@campaign/schemas'
import type { ListItemBuilder, StructureBuilder } from 'sanity/structure'

type Ordering = { field: string; direction: 'asc' | 'desc' }

/** A document with no language is English: documents from before translation began have none. */
export const inLanguageFilter = `_type == $type && coalesce(language, "en") == $language`

/**
 * A type's list with a language filter: every version, then one list per
 * language, so staff can see at a glance what is (and is not yet) in Welsh.
 */
export function listsByLanguage(S: StructureBuilder, type: string, title: string, ordering: Ordering[], extra: ListItemBuilder[] = []) {
  return S.list()
    .title(title)
    .items([
      S.listItem()
        .title('All languages')
        .id('all')
        .schemaType(type)
        .child(S.documentTypeList(type).title(title).defaultOrdering(ordering)),
      ...languages.map((language) =>
        S.listItem()
          .title(language.title)
          .id(language.id)
          .schemaType(type)
          .child(
            S.documentList()
              .id(`${type}-${language.id}`)
              .title(`${title}: ${language.title}`)
              .schemaType(type)
              .apiVersion('2025-02-19')
              .filter(inLanguageFilter)
              .params({ type, language: language.id })
              .initialValueTemplates([S.initialValueTemplateItem(`${type}-${language.id}`)])
              .defaultOrdering(ordering),
          ),
      ),
      ...extra,
    ])
}
