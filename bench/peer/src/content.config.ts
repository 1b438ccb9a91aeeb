// N Markdown updates in a glob() content collection, as in Astro's blog example.
import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'
import { z } from 'astro/zod'

const updates = defineCollection({
  loader: glob({ pattern: '*.md', base: process.env.BENCH_CONTENT_DIR ?? './content' }),
  schema: z.object({
    title: z.string(),
    publishedAt: z.coerce.date(),
    kind: z.string(),
    summary: z.string(),
  }),
})

export const collections = { updates }
