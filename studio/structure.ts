import { singletons } from '@campaign/schemas'
import type { StructureResolver } from 'sanity/structure'

// The left-hand menu: the two one-off documents first, then each kind of
// content, sorted the way staff look for it.
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      ...singletons.map(({ id, type, title }) =>
        S.listItem()
          .title(title)
          .id(id)
          .schemaType(type)
          .child(S.document().schemaType(type).documentId(id).title(title)),
      ),
      S.divider(),
      S.listItem()
        .title('Updates')
        .id('update')
        .schemaType('update')
        .child(
          S.documentTypeList('update')
            .title('Updates, newest first')
            .defaultOrdering([{ field: 'publishedAt', direction: 'desc' }]),
        ),
      S.listItem()
        .title('Asks')
        .id('ask')
        .schemaType('ask')
        .child(S.documentTypeList('ask').title('Asks').defaultOrdering([{ field: 'order', direction: 'asc' }])),
      S.listItem()
        .title('Stories')
        .id('story')
        .schemaType('story')
        .child(S.documentTypeList('story').title('Stories')),
      S.listItem()
        .title('Nations')
        .id('nation')
        .schemaType('nation')
        .child(S.documentTypeList('nation').title('Nations').defaultOrdering([{ field: 'order', direction: 'asc' }])),
      S.listItem()
        .title('Timeline')
        .id('milestone')
        .schemaType('milestone')
        .child(
          S.documentTypeList('milestone')
            .title('Timeline, newest first')
            .defaultOrdering([{ field: 'date', direction: 'desc' }]),
        ),
    ])
