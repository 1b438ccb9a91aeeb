import { contentKey } from './keys.ts'

export interface Reference {
  _type: 'reference'
  _ref: string
}

/** A single reference field, e.g. a milestone's `nation`. */
export const ref = (id: string): Reference => ({ _type: 'reference', _ref: id })

/** An array of references, each with the `_key` that array items need. */
export const refs = (...ids: string[]): (Reference & { _key: string })[] =>
  ids.map((id) => ({ _key: contentKey('reference', id), _type: 'reference', _ref: id }))
