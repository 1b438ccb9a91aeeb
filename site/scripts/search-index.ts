/**
 * Writes the Pagefind search index (and its UI files) into a built site, under
 * /pagefind/. Only the parts of pages marked `data-pagefind-body` are indexed:
 * updates, asks and stories. Runs on the temporary build folder, before the swap,
 * so a failure leaves the published site as it was.
 */
import { close, createIndex } from 'pagefind'

export async function writeSearchIndex(siteDir: string): Promise<number> {
  try {
    // Dates, labels and image credits repeat on every page; leaving them out keeps results to the words that matter.
    const { index, errors } = await createIndex({ forceLanguage: 'en', excludeSelectors: ['.meta', '.credit'] })
    if (!index) throw new Error(`Search index could not be created: ${errors.join('; ')}`)
    const added = await index.addDirectory({ path: siteDir })
    if (added.errors.length) throw new Error(`Search index: ${added.errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` })
    if (written.errors.length) throw new Error(`Search index could not be written: ${written.errors.join('; ')}`)
    return added.page_count
  } finally {
    await close()
  }
}
