import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'

/** What every page is held to: WCAG 2.2 A and AA, as far as axe can find. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']

/**
 * axe on a page, against WCAG 2.2 A and AA. In legacy mode axe runs inside the page
 * instead of opening a blank page to gather each run's results: a new page is a new
 * Chromium renderer, which made each run take 2–3 s instead of 0.6–1. What legacy
 * mode leaves out is frames from another origin, and no page of the site frames one;
 * on every page kind both modes gave the same result, rule by rule and node by node.
 */
export const axeOn = (page: Page) => new AxeBuilder({ page }).withTags(WCAG).setLegacyMode(true)
