import { escapeHTML, toHTML, type PortableTextHtmlComponents } from '@portabletext/to-html'
import type { ImageUrls, SiteImage } from '../images.ts'
import { absoluteUrl, isExternal, safeHref } from './links.ts'

export interface RichTextOptions {
  images: ImageUrls
  /** Set for feeds: every link and image becomes absolute under this URL. */
  absoluteUnder?: URL
  /** Pages of documents left out for their problems (CONTENT_PROBLEMS=leave-out): a link to one shows as plain text. */
  leftOutPaths?: ReadonlySet<string>
}

/**
 * The one renderer of Portable Text, for pages and feeds alike. The library escapes
 * all text; no raw HTML from content is ever passed through. Unknown block types
 * render as nothing rather than as their JSON.
 */
export function renderRichText(blocks: readonly unknown[] | null | undefined, options: RichTextOptions): string {
  if (!blocks?.length) return ''
  return toHTML(blocks as never, { components: components(options), onMissingComponent: false })
}

function components({ images, absoluteUnder, leftOutPaths }: RichTextOptions): Partial<PortableTextHtmlComponents> {
  const url = (href: string) => (absoluteUnder ? absoluteUrl(href, absoluteUnder) : href)
  const attr = (value: string) => escapeHTML(value)

  return {
    block: {
      normal: ({ children }) => (children ? `<p>${children}</p>` : ''),
      h2: ({ children }) => `<h2>${children ?? ''}</h2>`,
      h3: ({ children }) => `<h3>${children ?? ''}</h3>`,
      blockquote: ({ children }) => `<blockquote><p>${children ?? ''}</p></blockquote>`,
    },
    marks: {
      strong: ({ children }) => `<strong>${children}</strong>`,
      em: ({ children }) => `<em>${children}</em>`,
      link: ({ children, value }) => {
        const href = safeHref(value?.href)
        if (!href) return children // dropped; the content layer already warned, naming the document
        if (leftOutPaths?.has(href.replace(/[?#].*$/, ''))) return children // its page is not built
        const rel = isExternal(href) ? ' rel="noopener noreferrer"' : ''
        return `<a href="${attr(url(href))}"${rel}>${children}</a>`
      },
    },
    // Anything the renderer does not know is left out or shown as plain text, never as its data.
    unknownType: () => '',
    unknownMark: ({ children }) => children,
    unknownBlockStyle: ({ children }) => (children ? `<p>${children}</p>` : ''),
    types: {
      imageWithAlt: ({ value }) => {
        const image = images(value?.asset?._ref ? { ...value, assetId: value.asset._ref } : null)
        return image ? figure(image, url) : ''
      },
      callout: ({ value }) => {
        const tone = value?.tone === 'warning' ? 'warning' : 'info'
        const text = typeof value?.text === 'string' ? value.text : ''
        return text ? `<div class="callout callout--${tone}" role="note"><p>${escapeHTML(text)}</p></div>` : ''
      },
      callToAction: ({ value }) => {
        const href = safeHref(value?.url)
        const label = typeof value?.label === 'string' ? value.label : ''
        if (!href || !label) return ''
        const rel = isExternal(href) ? ' rel="noopener noreferrer"' : ''
        return `<p class="cta"><a class="button" href="${attr(url(href))}"${rel}>${escapeHTML(label)}</a></p>`
      },
    },
  }
}

function figure(image: SiteImage, url: (href: string) => string): string {
  const srcset = image.srcset
    .split(', ')
    .map((candidate) => {
      const [src, width] = candidate.split(' ')
      return `${url(src!)} ${width}`
    })
    .join(', ')
  const credit = image.credit ? `<span class="credit">Image: ${escapeHTML(image.credit)}</span>` : ''
  const caption = image.caption ? escapeHTML(image.caption) : ''
  const figcaption = caption || credit ? `<figcaption>${[caption, credit].filter(Boolean).join(' ')}</figcaption>` : ''
  return (
    `<figure><img src="${escapeHTML(url(image.src))}" srcset="${escapeHTML(srcset)}" ` +
    `sizes="(min-width: 48rem) 44rem, 100vw" width="${image.width}" height="${image.height}" ` +
    `alt="${escapeHTML(image.alt)}" loading="lazy" decoding="async">${figcaption}</figure>`
  )
}
