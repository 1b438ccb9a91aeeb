// Moving an ask on in one nation, as staff do after a meeting: open the ask, set
// Wales to "Meeting held", publish. The Studio sends the edit to the draft, the
// lake keeps it, and the published ask shows the new status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { screenshot } from '../support/screenshots.ts'
import { startStudioSession, type StudioSession } from '../support/studio-session.ts'

const ASK = 'ask-prompt-diagnosis'
// The Wales entry of the demo's first ask: "Meeting requested".
const WALES_KEY = 'c544f9318bf9'

type Progress = { _key: string; status: string }
const statusIn = (studio: StudioSession, id: string) =>
  (studio.lake.documents.get(id)?.progress as Progress[] | undefined)?.find(({ _key }) => _key === WALES_KEY)?.status

let studio: StudioSession
beforeAll(async () => {
  studio = await startStudioSession()
  await studio.openDocument(`/structure/ask;en;${ASK}`)
})
afterAll(async () => {
  await studio?.close()
})

describe('an ask moves on in one nation', { timeout: 90_000 }, () => {
  it('shows each nation with where things stand', async () => {
    const progress = studio.page.getByTestId('field-progress')
    // The ask is loaded (openDocument), so the field is not drawn again; its rows are drawn once in view.
    await progress.scrollIntoViewIfNeeded()
    await progress.getByText('Wales: Meeting requested').waitFor()
    expect(await progress.innerText()).toContain('Scotland: Meeting held')
    await screenshot(studio.page, 'ask')
  })

  it('sends the change of status to the draft as the editor picks "Meeting held"', async () => {
    await studio.page.getByTestId('field-progress').getByText('Wales: Meeting requested').click()
    const dialog = studio.page.getByRole('dialog')
    await dialog.getByRole('radio', { name: 'Meeting held' }).check()
    await screenshot(studio.page, 'ask-nation-progress')
    await expect.poll(() => statusIn(studio, `drafts.${ASK}`), { timeout: 20_000 }).toBe('meeting-held')

    const edits = studio.lake.actions.filter((action) => action.actionType === 'sanity.action.document.edit' && action.draftId === `drafts.${ASK}`)
    const statusEdit = edits.find(({ patch }) => JSON.stringify(patch).includes(`progress[_key==\\"${WALES_KEY}\\"].status`))
    expect(statusEdit, JSON.stringify(edits)).toBeDefined()
    // Nothing else of the ask changed, and the published ask waits for Publish.
    expect(statusIn(studio, ASK)).toBe('meeting-requested')
  })

  it('shows the new status in the ask once the dialog closes', async () => {
    await studio.page.keyboard.press('Escape')
    await studio.page.getByTestId('field-progress').getByText('Wales: Meeting held').waitFor()
  })

  it('publishes it: the published ask holds the new status and the draft is gone', async () => {
    const publish = studio.page.getByTestId('action-publish')
    await expect.poll(() => publish.isEnabled(), { timeout: 20_000 }).toBe(true)
    await publish.click()
    await expect.poll(() => statusIn(studio, ASK), { timeout: 20_000 }).toBe('meeting-held')
    expect(studio.lake.documents.get(`drafts.${ASK}`)).toBeUndefined()
    expect(studio.lake.actions.at(-1)).toMatchObject({ actionType: 'sanity.action.document.publish', draftId: `drafts.${ASK}`, publishedId: ASK })
  })

  it('printed no console errors, and made no request, other than the explained ones', () => {
    expect(studio.unexplained()).toEqual({ errors: [], requests: [] })
  })
})
