/**
 * Writes the Pagefind search index (and its UI files) into a built site, under
 * /pagefind/. Only the parts of pages marked `data-pagefind-body` are indexed:
 * updates, asks and stories. Runs on the temporary build folder, before the swap,
 * so a failure leaves the published site as it was.
 */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { close, createIndex } from 'pagefind'

/** Returns how many pages were indexed. */
export async function writeSearchIndex(siteDir: string): Promise<number> {
  try {
    // Dates, labels and image credits repeat on every page; leaving them out keeps results to the words that matter.
    const { index, errors } = await createIndex({ forceLanguage: 'en', excludeSelectors: ['.meta', '.credit'] })
    if (!index) throw new Error(`Search index could not be created: ${errors.join('; ')}`)
    const added = await index.addDirectory({ path: siteDir })
    if (added.errors.length) throw new Error(`Search index: ${added.errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') })
    if (written.errors.length) throw new Error(`Search index could not be written: ${written.errors.join('; ')}`)
    // One fragment a page that has a data-pagefind-body; page_count would count every page read.
    return (await readdir(join(siteDir, 'pagefind', 'fragment'))).length
  } finally {
    await close()
  }
}
