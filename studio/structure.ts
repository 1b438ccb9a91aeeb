import { singletons } from '@campaign/schemas'
import type { StructureResolver } from 'sanity/structure'
import { scheduledUpdateFilter } from './attention/queries.ts'
import { needsAttention, scheduledUpdates } from './attention/structure.ts'

// The left-hand menu: what needs looking at, the two one-off documents, then
// each kind of content, sorted the way staff look for it.
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      needsAttention(S),
      S.divider(),
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
          S.list()
            .title('Updates')
            .items([
              S.listItem()
                .title('All updates')
                .id('all')
                .schemaType('update')
                .child(
                  S.documentTypeList('update')
                    .title('Updates, newest first')
                    .defaultOrdering([{ field: 'publishedAt', direction: 'desc' }]),
                ),
              scheduledUpdates(S, scheduledUpdateFilter),
            ]),
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
