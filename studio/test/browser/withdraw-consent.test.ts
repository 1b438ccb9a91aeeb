// "Withdraw consent" on a story, as staff use it when a supporter asks: the Studio
// asks first, then the story is unpublished and the person's details erased,
// leaving only the record of the withdrawal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONFIRM_MESSAGE } from '../../actions/withdraw-consent.ts'
import { screenshot } from '../support/screenshots.ts'
import { startStudioSession, type StudioSession } from '../support/studio-session.ts'

const STORY = 'story-kerry-symptoms-dismissed'

let studio: StudioSession
beforeAll(async () => {
  studio = await startStudioSession()
  await studio.open(`/structure/story;en;${STORY}`)
})
afterAll(async () => {
  await studio?.close()
})

/**
 * "Withdraw consent", in the menu beside Publish. While the story loads the menu redraws, and a
 * click can land on an item that is gone a moment later: try again until the confirm box is open.
 */
async function chooseWithdraw() {
  for (let attempt = 1; ; attempt++) {
    try {
      await studio.page.getByTestId('action-menu-button').click()
      await studio.page.getByText('Withdraw consent', { exact: true }).filter({ visible: true }).click({ timeout: 5_000 })
      await studio.page.getByRole('button', { name: 'Keep the story' }).waitFor({ timeout: 5_000 })
      return
    } catch (error) {
      if (attempt >= 8) throw error
      await studio.page.keyboard.press('Escape')
    }
  }
}

describe('Withdraw consent', { timeout: 90_000 }, () => {
  it('asks before anything is erased, and keeping the story changes nothing', async () => {
    await chooseWithdraw()
    // Sanity's confirm box, beside the action.
    const dialog = studio.page
    await dialog.getByText(CONFIRM_MESSAGE).waitFor({ timeout: 20_000 })
    await screenshot(studio.page, 'withdraw-consent-confirm')
    await dialog.getByRole('button', { name: 'Keep the story' }).click()
    expect(studio.lake.actions).toEqual([])
    expect(studio.lake.documents.get(STORY)?.fullName).toBe('Kerry')
  })

  it('once confirmed, unpublishes the story and erases the person\'s details', async () => {
    await chooseWithdraw()
    await studio.page.getByRole('button', { name: 'Withdraw consent and erase' }).click()
    await expect.poll(() => studio.lake.documents.get(`drafts.${STORY}`)?.consent, { timeout: 20_000 }).toMatchObject({ withdrawn: true, withdrawnBy: 'Alex Editor' })

    const [remove, create] = studio.lake.actions
    expect(remove).toMatchObject({ actionType: 'sanity.action.document.delete', publishedId: STORY, purge: true })
    expect(create).toMatchObject({ actionType: 'sanity.action.document.create', publishedId: STORY, ifExists: 'fail' })
    // Off the site: no published story. What is kept says nothing about the person.
    expect(studio.lake.documents.get(STORY)).toBeUndefined()
    const record = studio.lake.documents.get(`drafts.${STORY}`)!
    expect(record.title).toBe('Kerry noticed symptoms, and they were dismissed')
    for (const field of ['fullName', 'age', 'place', 'portrait', 'body', 'summary', 'contentNote', 'slug']) expect(record, field).not.toHaveProperty(field)
    // The list of stories shows it as taken down.
    const row = studio.page.getByTestId('document-list-pane').getByRole('link', { name: /Kerry noticed symptoms, and they were dismissed/ })
    await expect.poll(() => row.innerText(), { timeout: 20_000 }).toContain('Hidden: consent withdrawn')
    await screenshot(studio.page, 'withdraw-consent-done')
  })

  it('printed no console errors, and made no request, other than the explained ones', () => {
    expect(studio.unexplained()).toEqual({ errors: [], requests: [] })
  })
})
