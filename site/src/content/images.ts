import { createImageUrlBuilder } from '@sanity/image-url'
import type { ImageOrigin } from './source/types.ts'
import type { ImageResult } from './schemas.ts'

/** An image ready for a page: alt text always (empty only when decorative), credit shown. */
export interface SiteImage {
  assetId: string
  src: string
  srcset: string
  width: number
  height: number
  alt: string
  credit: string | null
  caption: string | null
}

/** Widths offered in every srcset; a phone takes the smallest, a wide screen the largest. */
export const IMAGE_WIDTHS = [480, 800, 1200] as const

const ASSET_ID = /^image-([0-9a-f]+)-(\d+)x(\d+)-([a-z0-9]+)$/i

export function parseAssetId(assetId: string) {
  const match = ASSET_ID.exec(assetId)
  if (!match) return null
  return { hash: match[1]!, width: Number(match[2]), height: Number(match[3]), ext: match[4]! }
}

/** The widths a file is offered at: never wider than the original. */
export function widthsFor(originalWidth: number): number[] {
  const widths: number[] = IMAGE_WIDTHS.filter((w) => w < originalWidth)
  return [...widths, Math.min(originalWidth, IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]!)]
}

/** The path a resized dataset-file image is written to by the build. */
export function localImagePath(hash: string, width: number): string {
  return `/images/${hash}-${width}.webp`
}

export type ImageUrls = (image: ImageResult | null | undefined) => SiteImage | null

/** From the Content Lake: Sanity's image CDN resizes and picks the format; from a file: the build does. */
export function imageUrls(origin: ImageOrigin): ImageUrls {
  const cdn = origin.kind === 'sanity-cdn' ? createImageUrlBuilder({ projectId: origin.projectId, dataset: origin.dataset }) : null
  return (image) => {
    if (!image) return null
    const asset = parseAssetId(image.assetId)
    if (!asset) return null
    const widths = widthsFor(asset.width)
    const url = (w: number) =>
      cdn ? cdn.image(image.assetId).width(w).auto('format').fit('max').url() : localImagePath(asset.hash, w)
    const largest = widths[widths.length - 1]!
    return {
      assetId: image.assetId,
      src: url(largest),
      srcset: widths.map((w) => `${url(w)} ${w}w`).join(', '),
      width: largest,
      height: Math.round((asset.height * largest) / asset.width),
      alt: image.decorative ? '' : (image.alt ?? '').trim(),
      credit: image.credit?.trim() || null,
      caption: image.caption?.trim() || null,
    }
  }
}
