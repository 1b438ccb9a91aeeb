/**
 * Draws each page's share image (1200 x 630 PNG) from the card its page named:
 * satori lays the text out as SVG with the site's own font (Atkinson Hyperlegible,
 * from its npm package, so no network), resvg turns that into a PNG. Images are
 * kept in a cache folder by the hash of their text, so a build only draws the
 * cards whose text changed; the rest are linked from the cache.
 */
import { existsSync } from 'node:fs'
import { copyFile, link, mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import satori from 'satori'
import { registeredShareCards, SHARE_IMAGE_SIZE, type ShareCard } from '../src/lib/share-card.ts'
import { cacheFolder } from './folders.ts'

/**
 * Kept between builds, in the build's cache folder (./folders.ts); SHARE_IMAGE_CACHE moves it. Set
 * in the environment because the pages (bundled by Astro, so with no reliable
 * file location of their own) look there to see which images already exist.
 */
process.env.SHARE_IMAGE_CACHE ||= join(cacheFolder(), 'share-images')

const require = createRequire(import.meta.url)
const fontFile = (weight: 400 | 700) =>
  join(dirname(require.resolve('@fontsource/atkinson-hyperlegible/package.json')), 'files', `atkinson-hyperlegible-latin-${weight}-normal.woff`)

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined
const loadFonts = () =>
  (fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({ name: 'Atkinson Hyperlegible', data: await readFile(fontFile(weight)), weight, style: 'normal' as const })),
  ))

// The site's palette (site/src/styles/global.css).
const BRAND = '#6b1d55'
const ACCENT = '#f2c6df'
const STATUS_COLOURS: Record<string, { background: string; color: string }> = {
  'not-raised': { background: '#f3f3f5', color: '#3d3d45' },
  raised: { background: '#fff4d6', color: '#6b4500' },
  'meeting-requested': { background: '#fff4d6', color: '#6b4500' },
  'meeting-held': { background: '#e8eefc', color: '#1d3f8a' },
  'commitment-made': { background: '#e3f4e8', color: '#1a5a2e' },
  delivered: { background: '#e3f4e8', color: '#1a5a2e' },
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node | Node[] | string } }
const el = (style: Record<string, unknown>, children?: Node | Node[] | string): Node => ({ type: 'div', props: { style, children } })

function cardTree(card: ShareCard): Node {
  const statuses = card.statuses ?? []
  const long = card.title.length > 60 || statuses.length > 4
  const inner = SHARE_IMAGE_SIZE.width - 2 * 72
  return el(
    // satori sizes the content box: the padding and the top border are taken off here.
    { width: inner, height: SHARE_IMAGE_SIZE.height - 56 - 48 - 14, display: 'flex', flexDirection: 'column', background: BRAND, color: '#fff', padding: '56px 72px 48px', fontFamily: 'Atkinson Hyperlegible', borderTop: `14px solid ${ACCENT}` },
    [
      el({ display: 'flex', fontSize: 30, color: ACCENT, fontWeight: 700, letterSpacing: 1 }, card.eyebrow),
      el({ display: 'flex', width: inner, fontSize: long ? 54 : 72, fontWeight: 700, lineHeight: 1.12, marginTop: 18, maxHeight: long ? 184 : 244, overflow: 'hidden' }, card.title),
      el(
        { display: 'flex', flexDirection: 'column', marginTop: 24, gap: 8 },
        (card.lines ?? []).slice(0, 5).map((line) => el({ display: 'flex', width: inner, fontSize: (card.lines?.length ?? 0) > 2 ? 28 : 40 }, line)),
      ),
      el(
        { display: 'flex', flexDirection: 'column', marginTop: 8, gap: statuses.length > 4 ? 8 : 12 },
        statuses.map((s) =>
          el({ display: 'flex', alignItems: 'center', fontSize: statuses.length > 4 ? 24 : 30 }, [
            el({ display: 'flex', width: statuses.length > 4 ? 640 : 380, overflow: 'hidden' }, s.label),
            el({ display: 'flex', padding: '2px 16px', borderRadius: 6, fontWeight: 700, ...(STATUS_COLOURS[s.status] ?? STATUS_COLOURS['not-raised']) }, s.value),
          ]),
        ),
      ),
      el({ display: 'flex', flexGrow: 1 }),
      el({ display: 'flex', alignItems: 'center', fontSize: 30, fontWeight: 700, color: ACCENT }, [
        el({ display: 'flex', width: 56, height: 10, background: ACCENT, marginRight: 20, borderRadius: 5 }),
        el({ display: 'flex' }, card.footer),
      ]),
    ],
  )
}

/** One card as PNG bytes. */
export async function drawShareCard(card: ShareCard): Promise<Buffer> {
  const svg = await satori(cardTree(card) as unknown as Parameters<typeof satori>[0], { ...SHARE_IMAGE_SIZE, fonts: await loadFonts() })
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE_SIZE.width }, font: { loadSystemFonts: false } }).render().asPng())
}

export interface ShareImageResult {
  drawn: number
  reused: number
}

/**
 * SHARE_IMAGE_DRAW=placeholder, for the benchmark only: every card gets one fixed
 * 1 x 1 PNG instead of being drawn (about 0.1 s a card), so the bench can measure a
 * campaign whose cards are all drawn (with SHARE_IMAGE_BUDGET lifted) without drawing
 * 22,000 of them. bench/results.md says when it was used.
 */
const PLACEHOLDER_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII=', 'base64')

/** Writes every card the pages named into `<outDir>/og/`, drawing only those not in the cache. */
export async function writeShareImages(outDir: string, cacheDir = process.env.SHARE_IMAGE_CACHE!): Promise<ShareImageResult> {
  const placeholder = process.env.SHARE_IMAGE_DRAW === 'placeholder'
  const draw = placeholder ? async () => PLACEHOLDER_PNG : drawShareCard
  // Placeholders are kept apart, so a real build never reuses one.
  if (placeholder) cacheDir = join(cacheDir, 'placeholder')
  const cards = registeredShareCards()
  await mkdir(join(outDir, 'og'), { recursive: true })
  await mkdir(cacheDir, { recursive: true })
  let drawn = 0
  for (const [path, card] of cards) {
    const name = path.slice('/og/'.length)
    const cached = join(cacheDir, name)
    if (!existsSync(cached)) {
      // Written beside and renamed, so an interrupted build never leaves half an image in the cache.
      const partial = `${cached}.${process.pid}.part`
      await writeFile(partial, await draw(card))
      await rename(partial, cached)
      drawn++
    }
    // A hard link: a cached image is named by its text's hash and never written in place
    // (a new text is a new name), so the site can share it; 22,000 copies were 1–14 s a build.
    const target = join(outDir, 'og', name)
    await link(cached, target).catch(() => copyFile(cached, target))
  }
  return { drawn, reused: cards.size - drawn }
}
