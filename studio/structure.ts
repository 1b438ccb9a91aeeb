import { singletonVersions } from '@campaign/schemas'
import type { StructureResolver } from 'sanity/structure'
import { scheduledUpdateFilter } from './attention/queries.ts'
import { needsAttention, scheduledUpdates } from './attention/structure.ts'
import { languageTemplateId } from './languages/plugin.ts'
import { listsByLanguage } from './languages/lists.ts'

// The left-hand menu: what needs looking at, the one-off documents (English and
// Welsh), then each kind of content, sorted the way staff look for it, with a
// language filter on each.
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      needsAttention(S),
      S.divider(),
      ...singletonVersions.map(({ id, type, title, language }) =>
        S.listItem()
          .title(title)
          .id(id)
          .schemaType(type)
          .child(
            S.document()
              .schemaType(type)
              .documentId(id)
              .title(title)
              // A new Welsh singleton starts with its language set.
              .initialValueTemplate(languageTemplateId(type, language)),
          ),
      ),
      S.divider(),
      S.listItem()
        .title('Updates')
        .id('update')
        .schemaType('update')
        .child(
          listsByLanguage(S, 'update', 'Updates, newest first', [{ field: 'publishedAt', direction: 'desc' }], [
            scheduledUpdates(S, scheduledUpdateFilter),
          ]),
        ),
      S.listItem()
        .title('Asks')
        .id('ask')
        .schemaType('ask')
        .child(listsByLanguage(S, 'ask', 'Asks', [{ field: 'order', direction: 'asc' }])),
      S.listItem()
        .title('Stories')
        .id('story')
        .schemaType('story')
        .child(listsByLanguage(S, 'story', 'Stories', [])),
      S.listItem()
        .title('Nations')
        .id('nation')
        .schemaType('nation')
        .child(listsByLanguage(S, 'nation', 'Nations', [{ field: 'order', direction: 'asc' }])),
      S.listItem()
        .title('Timeline')
        .id('milestone')
        .schemaType('milestone')
        .child(listsByLanguage(S, 'milestone', 'Timeline, newest first', [{ field: 'date', direction: 'desc' }])),
    ])
