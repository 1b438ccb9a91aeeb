import { sanityAsset } from './images.ts'

export interface ImageFields {
  alt?: string
  decorative?: boolean
  credit: string
  caption?: string
}

/**
 * An `imageWithAlt` value in export form: the asset is a `_sanityAsset` pointer into `images/`
 * (listed first, as the exporter writes it) and there is no `asset` field.
 */
export function imageWithAlt(artwork: string, fields: ImageFields) {
  return { _sanityAsset: sanityAsset(artwork), _type: 'imageWithAlt' as const, ...fields }
}
