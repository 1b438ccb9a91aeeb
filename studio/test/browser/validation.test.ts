// A rule broken in the Studio shows the Studio's own message on the field and keeps
// Publish shut, so a bad link or impossible consent never reaches the site.
import type { Locator } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { screenshot } from '../support/screenshots.ts'
import { startStudioSession, type StudioSession } from '../support/studio-session.ts'

let studio: StudioSession
beforeAll(async () => {
  studio = await startStudioSession()
})
afterAll(async () => {
  await studio?.close()
})

const publishButton = () => studio.page.getByTestId('action-publish')

/** The Studio's red error sign on the field, and the rule's own words in the document's Validation panel. */
async function showsProblem(field: Locator, message: string, name: string) {
  await field.getByTestId('input-validation-icon-error').first().waitFor({ timeout: 30_000 })
  const panel = studio.page.getByRole('button', { name: 'Validation', exact: true })
  await panel.click()
  await studio.page.getByText(message).filter({ visible: true }).first().waitFor({ timeout: 20_000 })
  await screenshot(studio.page, name)
  await panel.click() // closed again: the Studio remembers it open for the next document
}

describe('rules that block publishing', { timeout: 90_000 }, () => {
  it('a footer link to javascript: is refused, with what links may start with', async () => {
    await studio.openDocument('/structure/siteSettings')
    const links = studio.page.getByTestId('field-footerLinks')
    await links.scrollIntoViewIfNeeded()
    await links.getByText('Privacy notice').click()
    const address = studio.page.getByRole('dialog').getByLabel('Address')
    await address.fill('javascript:alert(document.cookie)')
    await expect.poll(() => studio.lake.documents.get('drafts.siteSettings')?.footerLinks, { timeout: 20_000 }).toContainEqual(expect.objectContaining({ url: 'javascript:alert(document.cookie)' }))
    await studio.page.keyboard.press('Escape')
    // The link's row turns red; its warning sign says what is wrong.
    const message = 'Links here must start with https://, http://, mailto:, tel: or / (a page on this site).'
    await showsProblem(links, message, 'validation-link')
    await expect.poll(() => publishButton().isDisabled(), { timeout: 20_000 }).toBe(true)
    expect(studio.lake.documents.get('siteSettings')?.footerLinks).not.toContainEqual(expect.objectContaining({ url: expect.stringMatching(/^javascript:/) }))
  })

  it('consent that runs out before it was given is refused', async () => {
    await studio.openDocument('/structure/story;en;story-laura-pushed-for-checks')
    // The form is first drawn with every field, then again with the tab's own: the fields of
    // the first drawing are gone from the page once the tab reads as chosen. And the story is
    // loaded once its consent date shows in its field. Only then is a field held and typed in.
    const tab = studio.page.getByRole('tab', { name: 'Consent and naming' })
    await tab.click()
    await expect.poll(() => tab.getAttribute('aria-selected'), { timeout: 20_000 }).toBe('true')
    const givenOn = (studio.lake.documents.get('story-laura-pushed-for-checks')?.consent as { givenOn: string }).givenOn
    await expect.poll(() => studio.page.getByLabel('Consent given on').inputValue(), { timeout: 30_000 }).toBe(givenOn)
    await screenshot(studio.page, 'story-consent')
    // fill scrolls the field into view itself, and finds it again if the Studio draws it anew.
    const expiresOn = studio.page.getByLabel('Consent runs out on')
    await expiresOn.fill('2019-01-01')
    await expect.poll(() => expiresOn.inputValue()).toBe('2019-01-01')
    await expiresOn.press('Tab')
    await showsProblem(studio.page.getByTestId('field-consent.expiresOn'), 'Consent must run out after the day it was given.', 'validation-consent')
    expect((studio.lake.documents.get('drafts.story-laura-pushed-for-checks')?.consent as { expiresOn?: string })?.expiresOn).toBe('2019-01-01')
    await expect.poll(() => publishButton().isDisabled(), { timeout: 20_000 }).toBe(true)
    expect((studio.lake.documents.get('story-laura-pushed-for-checks')?.consent as { expiresOn?: string })?.expiresOn).toBeUndefined()
  })

  it('printed no console errors, and made no request, other than the explained ones', () => {
    expect(studio.unexplained()).toEqual({ errors: [], requests: [] })
  })
})
