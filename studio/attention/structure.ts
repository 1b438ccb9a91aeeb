import type { StructureBuilder } from 'sanity/structure'
import { BuildStatusPane } from './BuildStatusPane.tsx'
import { attentionParams } from './params.ts'
import { attentionLists } from './queries.ts'

/** The API version the Studio's lists query with. */
const API_VERSION = '2025-02-19'

/** Only the parameters a filter uses: the Content Lake rejects none, but this keeps each list's query honest. */
export function paramsFor(filter: string, params: object): Record<string, string> {
  return Object.fromEntries(Object.entries(params).filter(([name]) => new RegExp(`\\$${name}\\b`).test(filter)))
}

/**
 * "Needs attention": one list per check, each row opening its document. The
 * clock is read when a list is opened, so a Studio left open all day stays right.
 */
export const needsAttention = (S: StructureBuilder) =>
  S.listItem()
    .title('Needs attention')
    .id('needs-attention')
    .child(
      S.list()
        .title('Needs attention')
        .items([
          // First: whether the live site is being rebuilt at all, read from its /build.json.
          S.listItem().title('Live site build').id('live-site-build').child(S.component(BuildStatusPane).id('live-site-build').title('Live site build')),
          ...attentionLists.map(({ id, title, filter, ordering }) =>
            S.listItem()
              .title(title)
              .id(id)
              .child(() =>
                S.documentList()
                  .id(id)
                  .title(title)
                  .apiVersion(API_VERSION)
                  .filter(filter)
                  .params(paramsFor(filter, attentionParams()))
                  .defaultOrdering([...ordering]),
              ),
          ),
        ]),
    )

/** Updates whose publishedAt is still to come, soonest first. */
export const scheduledUpdates = (S: StructureBuilder, filter: string) =>
  S.listItem()
    .title('Scheduled')
    .id('scheduled')
    .schemaType('update')
    .child(() =>
      S.documentList()
        .id('scheduled')
        .title('Scheduled updates, soonest first')
        .schemaType('update')
        .apiVersion(API_VERSION)
        .filter(filter)
        .params(paramsFor(filter, attentionParams()))
        .defaultOrdering([{ field: 'publishedAt', direction: 'asc' }]),
    )
