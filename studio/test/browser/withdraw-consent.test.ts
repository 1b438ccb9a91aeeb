// "Withdraw consent" on a story, as staff use it when a supporter asks: the Studio
// asks first, then the story is unpublished and the person's details erased,
// leaving only the record of the withdrawal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readableDate } from '@campaign/schemas/readable-date'
import { CONFIRM_MESSAGE } from '../../actions/withdraw-consent.ts'
import { screenshot } from '../support/screenshots.ts'
import { startStudioSession, type StudioSession } from '../support/studio-session.ts'

const STORY = 'story-kerry-symptoms-dismissed'

let studio: StudioSession
beforeAll(async () => {
  studio = await startStudioSession()
  await studio.openDocument(`/structure/story;en;${STORY}`)
})
afterAll(async () => {
  await studio?.close()
})

/**
 * Chooses "Withdraw consent", in the menu beside Publish, and answers its confirm box with
 * `answer`, once the story has settled. While it loads, the Studio closes what is open in
 * its pane: the menu when the form's "Used on" banner appears, and a confirm box (kept by
 * its action's place among the actions) when the actions change. So it waits for the
 * banner and for no action in the menu to be greyed out (measured in docs/testing.md).
 */
async function answerWithdraw(answer: 'Keep the story' | 'Withdraw consent and erase', whileOpen?: () => Promise<unknown>) {
  const page = studio.page
  await page.getByText(/^Used on /).waitFor({ timeout: 20_000 })
  await page.getByTestId('action-menu-button').click()
  const menu = page.getByRole('menu')
  const withdraw = menu.getByRole('menuitem', { name: /^Withdraw consent/ })
  await withdraw.waitFor()
  await expect.poll(() => menu.getByRole('menuitem', { disabled: true }).count(), { timeout: 20_000 }).toBe(0)
  await withdraw.click()
  await page.getByText(CONFIRM_MESSAGE).waitFor()
  await whileOpen?.()
  await page.getByRole('button', { name: answer }).click()
}

describe('Withdraw consent', { timeout: 90_000 }, () => {
  it('asks before anything is erased, and keeping the story changes nothing', async () => {
    // Sanity's confirm box, beside the action.
    await answerWithdraw('Keep the story', () => screenshot(studio.page, 'withdraw-consent-confirm'))
    expect(studio.lake.actions).toEqual([])
    expect(studio.lake.documents.get(STORY)?.fullName).toBe('Kerry')
  })

  it('once confirmed, unpublishes the story and erases the person\'s details', async () => {
    await answerWithdraw('Withdraw consent and erase')
    await expect.poll(() => studio.lake.documents.get(`drafts.${STORY}`)?.consent, { timeout: 20_000 }).toMatchObject({ withdrawn: true, withdrawnBy: 'Alex Editor' })

    const [remove, create] = studio.lake.actions
    expect(remove).toMatchObject({ actionType: 'sanity.action.document.delete', publishedId: STORY, purge: true })
    expect(create).toMatchObject({ actionType: 'sanity.action.document.create', publishedId: STORY, ifExists: 'fail' })
    // Off the site: no published story. What is kept says nothing about the person.
    expect(studio.lake.documents.get(STORY)).toBeUndefined()
    const record = studio.lake.documents.get(`drafts.${STORY}`)!
    expect(record.title).toBe('Kerry noticed symptoms, and they were dismissed')
    for (const field of ['fullName', 'age', 'place', 'portrait', 'body', 'summary', 'contentNote', 'slug']) expect(record, field).not.toHaveProperty(field)
    await screenshot(studio.page, 'withdraw-consent-done')
  })

  it('what is kept reads as the record it is: a notice, read-only fields, no Publish, no call for a web address', async () => {
    const page = studio.page
    // What was done, in a toast that outlives the action (gone from the menu with the story).
    await page.getByText('The story is unpublished and the person\'s details are erased.').waitFor({ timeout: 20_000 })

    const { withdrawnOn } = studio.lake.documents.get(`drafts.${STORY}`)!.consent as { withdrawnOn: string }
    const notice = page.getByTestId('withdrawn-notice')
    await expect.poll(() => notice.innerText(), { timeout: 20_000 }).toContain(`Alex Editor recorded it on ${readableDate(withdrawnOn)}`)
    expect(await notice.innerText()).toMatch(/^Consent withdrawn\n/)
    expect(await notice.innerText()).toContain('It cannot be edited or published.')
    const headline = page.getByLabel('Headline', { exact: true })
    expect(await headline.inputValue()).toBe('Kerry noticed symptoms, and they were dismissed')
    expect(await headline.isEditable()).toBe(false)
    // Nothing erased is shown as an empty field, and nothing asks for it back.
    const shown = (field: string) => page.getByTestId(`field-${field}`).count()
    expect(await shown('relatedAsks')).toBe(1)
    for (const field of ['slug', 'summary', 'body', 'portrait', 'contentNote']) expect(await shown(field), field).toBe(0)
    expect(await page.getByText(/web address/i).count()).toBe(0)
    // Nor the Presentation tool's banner of pages it is on (or would be, given a web address).
    await expect.poll(() => page.getByText(/^Used on /).count(), { timeout: 20_000 }).toBe(0)
    expect(await page.getByTestId('input-validation-icon-error').count()).toBe(0)
    await page.mouse.move(0, 0) // no tooltip over the form
    await screenshot(page, 'withdrawn-record')

    // Publish's place says why there is none; the menu offers only Delete.
    expect(await page.getByTestId('action-publish').count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Consent withdrawn', exact: true }).isDisabled()).toBe(true)
    await page.getByTestId('action-menu-button').click()
    const menu = page.getByRole('menu')
    await menu.waitFor()
    const items = (await menu.getByRole('menuitem').allInnerTexts()).map((text) => text.split('\n')[0]!.trim())
    expect(items).toEqual(['Delete'])
    await screenshot(page, 'withdrawn-record-menu')
    await page.keyboard.press('Escape')

    await page.getByRole('tab', { name: 'Consent and naming' }).click()
    const givenOn = page.getByLabel('Consent given on')
    await givenOn.waitFor()
    expect(await givenOn.isEditable()).toBe(false)
    expect(await shown('naming')).toBe(1)
    for (const field of ['fullName', 'age', 'place', 'consent.withdrawn']) expect(await shown(field), field).toBe(0)
    const withdrawnBy = page.getByLabel('Withdrawn by', { exact: true })
    expect(await withdrawnBy.inputValue()).toBe('Alex Editor')
    await withdrawnBy.scrollIntoViewIfNeeded()
    await page.mouse.move(0, 0) // no tooltip over the form
    await screenshot(page, 'withdrawn-record-consent')
  })

  it('the list of stories says "Consent withdrawn" on the record', async () => {
    const row = studio.page.getByTestId('document-list-pane').getByRole('link', { name: /Kerry noticed symptoms, and they were dismissed/ })
    await expect.poll(() => row.innerText(), { timeout: 20_000 }).toMatch(/Consent withdrawn on \d{1,2} \w+ \d{4} · details erased/)
    await screenshot(studio.page, 'withdrawn-record-in-list')
  })

  it('printed no console errors, and made no request, other than the explained ones', () => {
    expect(studio.unexplained()).toEqual({ errors: [], requests: [] })
  })
})
