// A handful of real PNGs, drawn with sharp, that every synthetic document shares:
// an export's images/ folder holds each asset once however many documents use it.
import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import sharp from 'sharp'

export interface ImageFile {
  fileName: string
  width: number
  height: number
  /** The export form: `image@file://./images/<sha1>-<w>x<h>.png`. */
  sanityAsset: string
  alt: string
}

// Campaign colours on flat shapes: small files, different sizes and aspect ratios.
const drawings = [
  { width: 1600, height: 900, background: '#7b1f5c', shape: '#f5d0e6', alt: 'Campaigners holding placards outside a parliament building' },
  { width: 1200, height: 800, background: '#1d4f6e', shape: '#cde6f5', alt: 'Two members of the Campaign Group meeting a health minister' },
  { width: 800, height: 800, background: '#f2c14e', shape: '#5a3d00', alt: 'Boxes of petition signatures stacked on a table' },
  { width: 1200, height: 900, background: '#2f6f4f', shape: '#d6f0e2', alt: 'A nurse talking with a patient in a clinic' },
  { width: 1000, height: 1250, background: '#4b2a7b', shape: '#e4d9f5', alt: 'A supporter smiling at a campaign event' },
  { width: 1600, height: 1000, background: '#a23b2a', shape: '#fbe0da', alt: 'A chart of secondary breast cancer diagnoses by nation' },
] as const

function svg(width: number, height: number, background: string, shape: string): string {
  const r = Math.round(Math.min(width, height) / 4)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<rect width="100%" height="100%" fill="${background}"/>
<circle cx="${Math.round(width / 3)}" cy="${Math.round(height / 2)}" r="${r}" fill="${shape}"/>
<rect x="${Math.round(width / 2)}" y="${Math.round(height / 4)}" width="${r * 2}" height="${Math.round(height / 2)}" rx="24" fill="${shape}" opacity="0.6"/>
</svg>`
}

/** Writes the images into `<dir>/images/` and returns how documents refer to them. */
export async function writeImagePool(dir: string): Promise<ImageFile[]> {
  const imagesDir = join(dir, 'images')
  await mkdir(imagesDir, { recursive: true })
  const pool: ImageFile[] = []
  for (const drawing of drawings) {
    const png = await sharp(Buffer.from(svg(drawing.width, drawing.height, drawing.background, drawing.shape)))
      .png({ compressionLevel: 9 })
      .toBuffer()
    const sha1 = createHash('sha1').update(png).digest('hex')
    const fileName = `${sha1}-${drawing.width}x${drawing.height}.png`
    await writeFile(join(imagesDir, fileName), png)
    pool.push({
      fileName,
      width: drawing.width,
      height: drawing.height,
      sanityAsset: `image@file://./images/${fileName}`,
      alt: drawing.alt,
    })
  }
  return pool
}
