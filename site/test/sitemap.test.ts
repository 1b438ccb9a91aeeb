import { describe, expect, it } from 'vitest'
import { sitemapUrls } from '../src/sitemap/integration.ts'

describe('the sitemap', () => {
  const site = new URL('https://campaign.test/')

  it('lists each page once, absolute, in the order a reader would count them', () => {
    expect(sitemapUrls(['updates/page/10/', 'updates/page/2/', '', 'asks/', 'updates/page/2/', '/cy/'], site)).toEqual([
      'https://campaign.test/',
      'https://campaign.test/asks/',
      'https://campaign.test/cy/',
      'https://campaign.test/updates/page/2/',
      'https://campaign.test/updates/page/10/',
    ])
  })

  it('leaves out the search page and the not-found pages', () => {
    expect(sitemapUrls(['search/', 'cy/search/', '404/', '404.html', 'cy/404/', 'stories/'], site)).toEqual(['https://campaign.test/stories/'])
  })

  it('leaves out the embeds made for partners\' sites, but not an update that happens to be called "embed"', () => {
    expect(sitemapUrls(['embed/petition/', 'embed/asks/', 'cy/embed/petition/', 'cy/embed/asks/', 'updates/embed/', 'asks/'], site)).toEqual([
      'https://campaign.test/asks/',
      'https://campaign.test/updates/embed/',
    ])
  })

  it('keeps the base path of a site served from a folder', () => {
    expect(sitemapUrls(['asks/'], new URL('https://charity.test/campaign/'))).toEqual(['https://charity.test/campaign/asks/'])
  })
})
