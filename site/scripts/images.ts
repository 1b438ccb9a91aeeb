import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import sharp from 'sharp'
import { localImagePath, parseAssetId, widthsFor } from '../src/content/images.ts'
import type { SiteContent } from '../src/content/index.ts'

/**
 * A dataset file's images are resized here, once per build, at the widths the
 * pages' srcsets name. (From the Content Lake, Sanity's image CDN does this.)
 */
export async function writeLocalImages(content: SiteContent, outDir: string): Promise<number> {
  const origin = content.imageOrigin
  if (origin.kind !== 'local-files') return 0
  await mkdir(join(outDir, 'images'), { recursive: true })
  let written = 0
  for (const assetId of content.imageAssets) {
    const asset = parseAssetId(assetId)
    const file = origin.files.get(assetId)
    if (!asset || !file) continue
    await Promise.all(
      widthsFor(asset.width).map(async (width) => {
        await sharp(file).resize({ width, withoutEnlargement: true }).webp({ quality: 78 }).toFile(join(outDir, localImagePath(asset.hash, width)))
        written++
      }),
    )
  }
  return written
}
