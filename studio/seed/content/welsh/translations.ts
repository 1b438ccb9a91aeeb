// The `translation.metadata` documents that link each Welsh version to its
// English one, in the shape @sanity/document-internationalization writes them.
import { contentKey } from '../../keys.ts'
import type { SeedDocument } from '../document.ts'

const version = (language: string, id: string) => ({
  _key: contentKey('translation', language, id),
  _type: 'internationalizedArrayReferenceValue',
  language,
  value: { _type: 'reference', _ref: id },
})

/** Links each Welsh document (id "<english id>-cy") to its English original. */
export function translationsOf(english: readonly SeedDocument[], welsh: readonly SeedDocument[]): SeedDocument[] {
  return welsh.map((cy) => {
    const en = english.find((doc) => `${doc._id}-cy` === cy._id)
    if (!en) throw new Error(`Welsh seed document ${cy._id} has no English document ${cy._id.replace(/-cy$/, '')}`)
    // Linked when the Welsh version was first saved, which is after both existed.
    const linkedAt = [en._createdAt, cy._createdAt].filter((d): d is string => typeof d === 'string').sort().at(-1)
    return {
      _id: `translation-${en._id}`,
      _type: 'translation.metadata',
      _createdAt: linkedAt,
      _updatedAt: linkedAt,
      schemaTypes: [en._type],
      translations: [version('en', en._id), version('cy', cy._id)],
    }
  })
}
