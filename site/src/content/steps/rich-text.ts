import { safeHref } from '../render/links.ts'
import type { ImageResult } from '../schemas.ts'
import type { DocRef } from './context.ts'

type Block = { _type?: string; markDefs?: { _type?: string; href?: unknown }[]; url?: unknown }

/** Links that the renderer will drop: warned with the document named, so an editor can mend them. */
export function collectLinkWarnings(doc: DocRef, field: string, blocks: readonly unknown[], warnings: string[]) {
  blocks.forEach((raw, i) => {
    const block = raw as Block
    const hrefs = [...(block.markDefs ?? []).filter((d) => d._type === 'link').map((d) => d.href)]
    if (block._type === 'callToAction') hrefs.push(block.url)
    for (const href of hrefs) {
      if (!safeHref(href)) {
        warnings.push(
          `${doc._type} ${doc._id} ${field}[${i}]: link ${JSON.stringify(href)} dropped (only https, http, mailto, tel and site-relative links are published)`,
        )
      }
    }
  })
}

/** Images inside Portable Text, so a dataset-file build resizes them too. */
export function collectBodyImages(blocks: readonly unknown[], image: (v: ImageResult) => unknown) {
  for (const raw of blocks) {
    const block = raw as { _type?: string; asset?: { _ref?: string }; alt?: string; decorative?: boolean }
    if (block._type === 'imageWithAlt' && block.asset?._ref) image({ ...block, assetId: block.asset._ref })
  }
}
