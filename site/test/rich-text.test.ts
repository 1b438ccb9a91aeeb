import { describe, expect, it } from 'vitest'
import { imageUrls } from '../src/content/images.ts'
import { renderRichText } from '../src/content/render/rich-text.ts'
import { xmlSafe } from '../src/content/render/xml.ts'

const images = imageUrls({ kind: 'local-files', files: new Map() })
const cdnImages = imageUrls({ kind: 'sanity-cdn', projectId: 'abc123', dataset: 'production' })
const site = new URL('https://campaign.test/')

const paragraph = (href: string, text = 'read more') => ({
  _type: 'block',
  _key: 'b',
  style: 'normal',
  markDefs: [{ _key: 'l', _type: 'link', href }],
  children: [{ _type: 'span', _key: 's', text, marks: ['l'] }],
})
const image = { _type: 'imageWithAlt', _key: 'i', alt: 'Campaigners at the hand-in', credit: 'The charity', asset: { _ref: 'image-abc123-1600x900-png' } }

describe('the Portable Text renderer', () => {
  it('gives external links rel="noopener noreferrer" and keeps site links relative on pages', () => {
    expect(renderRichText([paragraph('https://www.nhs.uk/')], { images })).toBe(
      '<p><a href="https://www.nhs.uk/" rel="noopener noreferrer">read more</a></p>',
    )
    expect(renderRichText([paragraph('/asks/prompt-diagnosis/')], { images })).toBe('<p><a href="/asks/prompt-diagnosis/">read more</a></p>')
  })

  it('makes site links and images absolute for feeds', () => {
    const html = renderRichText([paragraph('/asks/'), image], { images, absoluteUnder: site })
    expect(html).toContain('href="https://campaign.test/asks/"')
    expect(html).toContain('src="https://campaign.test/images/abc123-1200.webp"')
    expect(html).toContain('https://campaign.test/images/abc123-480.webp 480w')
    expect(html).not.toMatch(/(src|href)="\//)
  })

  it('drops links it must not publish but keeps their text', () => {
    for (const href of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,x', '//evil.example', 'vbscript:x']) {
      expect(renderRichText([paragraph(href, 'still here')], { images })).toBe('<p>still here</p>')
    }
    expect(renderRichText([paragraph('mailto:campaigns@example.org')], { images })).toContain('href="mailto:campaigns@example.org"')
    expect(renderRichText([paragraph('tel:+441234567890')], { images })).toContain('href="tel:+441234567890"')
  })

  it('escapes text and never passes raw HTML through', () => {
    const block = { _type: 'block', _key: 'b', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 's', text: '<img src=x onerror=alert(1)>', marks: [] }] }
    expect(renderRichText([block, { _type: 'html', _key: 'h', html: '<script>x</script>' }], { images })).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>')
  })

  it('renders an image with alt text, size and credit; from Sanity, CDN URLs with width and auto format', () => {
    const local = renderRichText([image], { images })
    expect(local).toContain('alt="Campaigners at the hand-in"')
    expect(local).toContain('width="1200" height="675"')
    expect(local).toContain('Image: The charity')
    const cdn = renderRichText([image], { images: cdnImages })
    expect(cdn).toContain('https://cdn.sanity.io/images/abc123/production/abc123-1600x900.png?w=800&amp;fit=max&amp;auto=format 800w')
  })

  it('renders callouts and calls to action, and headings and quotes', () => {
    const html = renderRichText(
      [
        { _type: 'block', _key: 'h', style: 'h2', markDefs: [], children: [{ _type: 'span', _key: 's', text: 'Why', marks: [] }] },
        { _type: 'block', _key: 'q', style: 'blockquote', markDefs: [], children: [{ _type: 'span', _key: 's', text: 'We were heard', marks: ['em'] }] },
        { _type: 'callout', _key: 'c', tone: 'warning', text: 'Deadline <soon>' },
        { _type: 'callToAction', _key: 'a', label: 'Add your voice', url: 'https://example.org/sign' },
      ],
      { images },
    )
    expect(html).toBe(
      '<h2>Why</h2><blockquote><p><em>We were heard</em></p></blockquote>' +
        '<div class="callout callout--warning" role="note"><p>Deadline &lt;soon&gt;</p></div>' +
        '<p class="cta"><a class="button" href="https://example.org/sign" rel="noopener noreferrer">Add your voice</a></p>',
    )
  })

  it('strips characters XML forbids, keeping emoji and right-to-left text', () => {
    expect(xmlSafe('a\u0000b\u0008c\u000bd\ufffee 🎗️ שלום\ttab\nline')).toBe('abcde 🎗️ שלום\ttab\nline')
  })
})
