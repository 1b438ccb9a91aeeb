import { rename, rm } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { DEFAULT_LANGUAGE, LANGUAGES } from './languages.ts'

/**
 * Astro writes only the root 404 page as 404.html; a Welsh one at /cy/404/ would
 * never be served. Static hosts (Cloudflare Pages, Netlify) serve the nearest
 * 404.html up the path, so /cy/404/index.html becomes /cy/404.html.
 */
export function notFoundPages(): AstroIntegration {
  return {
    name: 'campaign:not-found-pages',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const language of LANGUAGES.filter((l) => l !== DEFAULT_LANGUAGE)) {
          const folder = fileURLToPath(new URL(`${language}/404/`, dir))
          await rename(`${folder}index.html`, fileURLToPath(new URL(`${language}/404.html`, dir))).then(
            () => rm(folder, { recursive: true }),
            (error: NodeJS.ErrnoException) => {
              // An English-only site has no Welsh pages at all.
              if (error.code !== 'ENOENT') throw error
            },
          )
        }
      },
    },
  }
}
