import { createHash } from 'node:crypto'
import sharp from 'sharp'
import { artworks } from './artwork/index.ts'

/** A rendered PNG named the way `sanity dataset export` names image files. */
export interface DemoImage {
  /** The artwork's own name, e.g. `campaign-hero.png`; kept as `originalFilename`. */
  name: string
  /** `<sha1>-<width>x<height>.png`, the file name inside `images/`. */
  fileName: string
  sha1: string
  width: number
  height: number
  bytes: Buffer
}

async function render(svg: string): Promise<Buffer> {
  // A fixed PNG encoding, so the same SVG always gives the same bytes (and the same sha1).
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true, colours: 64, dither: 0 }).toBuffer()
}

async function renderAll(): Promise<Map<string, DemoImage>> {
  const images = new Map<string, DemoImage>()
  for (const art of artworks()) {
    const bytes = await render(art.svg)
    const { width, height } = await sharp(bytes).metadata()
    if (width !== art.width || height !== art.height) {
      throw new Error(`Artwork ${art.name} rendered at ${width}x${height}, expected ${art.width}x${art.height}`)
    }
    const sha1 = createHash('sha1').update(bytes).digest('hex')
    images.set(art.name, { name: art.name, fileName: `${sha1}-${width}x${height}.png`, sha1, width, height, bytes })
  }
  return images
}

/** Every demo image, rendered once when this module loads. */
export const demoImages: ReadonlyMap<string, DemoImage> = await renderAll()

/** The export form of an image asset: `image@file://./images/<sha1>-<w>x<h>.png`. */
export function sanityAsset(name: string): string {
  const image = demoImages.get(name)
  if (!image) throw new Error(`No demo artwork called ${name}`)
  return `image@file://./images/${image.fileName}`
}
