// The campaign's colours, shared by every piece of demo artwork.
export const palette = {
  cream: '#fff8f0',
  blush: '#f8d7e3',
  pink: '#e36b9a',
  magenta: '#b3245c',
  plum: '#4e2a6b',
  teal: '#00746b',
  mint: '#bfe6df',
  navy: '#1d2951',
  sand: '#f2c98a',
  white: '#ffffff',
} as const

/** Wraps shapes in an SVG document of the given size. No text: fonts differ between machines. */
export function svg(width: number, height: number, background: string, body: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${background}"/>`,
    body,
    '</svg>',
  ].join('')
}

/** A small seeded random number generator, so generated patterns are the same every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}
