import type { Artwork } from './artwork.ts'
import { palette as c, svg } from './palette.ts'

/** An abstract head-and-shoulders silhouette: demo stories are about fictional people. */
function silhouette(name: string, background: string, figure: string, accent: string): Artwork {
  const body =
    `<circle cx="300" cy="300" r="250" fill="${accent}" opacity="0.35"/>` +
    `<circle cx="300" cy="235" r="105" fill="${figure}"/>` +
    `<path d="M110 600 C 110 420, 490 420, 490 600 Z" fill="${figure}"/>`
  return { name, width: 600, height: 600, svg: svg(600, 600, background, body) }
}

export const portraits = (): Artwork[] => [
  silhouette('portrait-teal.png', c.mint, c.teal, c.white),
  silhouette('portrait-plum.png', c.blush, c.plum, c.pink),
  silhouette('portrait-sand.png', c.sand, c.navy, c.cream),
]
