// "Needs attention", the first thing in the desk: the demo's expired-consent story is
// listed, so staff can take it down or renew the consent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { screenshot } from '../support/screenshots.ts'
import { startStudioSession, type StudioSession } from '../support/studio-session.ts'

let studio: StudioSession
beforeAll(async () => {
  studio = await startStudioSession()
  await studio.open('/structure')
})
afterAll(async () => {
  await studio?.close()
})

describe('Needs attention', { timeout: 90_000 }, () => {
  it('lists the story whose consent ran out, and opens it', async () => {
    await studio.page.getByRole('link', { name: 'Needs attention', exact: true }).click()
    await studio.page.getByRole('link', { name: 'Story consent ending or expired' }).click()
    const row = studio.page.getByRole('link', { name: /EXPIRED Sample story: working while living with secondary breast cancer/ })
    await row.waitFor({ timeout: 30_000 })
    await screenshot(studio.page, 'attention-consent')
    await row.click()
    await expect.poll(() => studio.page.url(), { timeout: 20_000 }).toContain('story-sam-working-with-secondary-breast-cancer')
  })

  it('does not list stories whose consent still holds', async () => {
    const list = studio.page.getByTestId('document-list-pane')
    expect(await list.innerText()).not.toContain('Laura knew the signs')
  })

  it('printed no console errors, and made no request, other than the explained ones', () => {
    expect(studio.unexplained()).toEqual({ errors: [], requests: [] })
  })
})
