import type { DocumentActionComponent } from 'sanity'
import { siteUrl } from '../urls.ts'
import { liveLink } from './site-links.ts'

/** Opens the published document's page on the live site (SANITY_STUDIO_SITE_URL) in a new tab. */
export const OpenOnSiteAction: DocumentActionComponent = ({ type, published }) => {
  const link = liveLink(type, published, siteUrl)
  if ('unavailable' in link) return { label: 'Open on site', disabled: true, title: link.unavailable }
  return {
    label: 'Open on site',
    title: `${link.href} (the site shows a change a few minutes after it is published)`,
    onHandle: () => void window.open(link.href, '_blank', 'noopener'),
  }
}
OpenOnSiteAction.displayName = 'OpenOnSiteAction'
