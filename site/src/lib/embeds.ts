import { dictionary, localPath, type Language } from '../i18n/index.ts'
import { absolute } from './urls.ts'

/** The pages partners may frame: /embed/<kind>/ (and /cy/embed/<kind>/). */
export type EmbedKind = 'petition' | 'asks'

/** The frame's size: enough for the counter, or for the tracker as a table (it turns into cards below 48rem). */
const SIZE: Record<EmbedKind, { width: number; height: number }> = {
  petition: { width: 400, height: 420 },
  asks: { width: 800, height: 560 },
}

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/**
 * The HTML a partner pastes into their page: a plain <iframe> at the embed's absolute
 * address (SITE_URL), titled for screen readers, no wider than the page it is on.
 */
export function embedSnippet(kind: EmbedKind, language: Language, siteTitle: string, siteUrl: URL): string {
  const t = dictionary(language).embed
  const { width, height } = SIZE[kind]
  const title = kind === 'petition' ? t.petitionFrame(siteTitle) : t.asksFrame(siteTitle)
  const src = absolute(localPath(language, `/embed/${kind}/`), siteUrl)
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="${width}" height="${height}" style="max-width: 100%; border: 0;" loading="lazy"></iframe>`
}
