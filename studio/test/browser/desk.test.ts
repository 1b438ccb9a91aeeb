// The desk as campaign staff see it when they open the Studio: the one-off documents
// pinned (English and Welsh), then every kind of content, each list showing the
// demo's titles (here its English lists).
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

/** A desk pane, by the title in its header. */
const pane = (title: string) =>
  studio.page
    .locator('[data-testid="pane"], [data-testid="structure-tool-list-pane"]')
    .filter({ has: studio.page.getByTestId('pane-header').getByText(title, { exact: true }) })

async function openList(path: string[], title: string) {
  for (const name of path) await studio.page.getByRole('link', { name, exact: true }).click()
  await pane(title).waitFor()
  return pane(title)
}

describe('the desk', { timeout: 90_000 }, () => {
  it('pins Needs attention, Campaign and Site settings above the lists of content', async () => {
    const desk = pane('Content')
    await desk.getByRole('link', { name: 'Timeline' }).waitFor()
    const items = await desk.locator('[data-testid^="pane-item-"]').evaluateAll((links) => links.map((link) => link.getAttribute('data-testid')!.slice('pane-item-'.length)))
    expect(items).toEqual(['Needs attention', 'Campaign', 'Campaign (Welsh)', 'Site settings', 'Site settings (Welsh)', 'Updates', 'Asks', 'Stories', 'Nations', 'Timeline'])
    await screenshot(studio.page, 'desk')
  })

  it('opens the campaign itself from the pinned item', async () => {
    await studio.page.getByRole('link', { name: 'Campaign', exact: true }).click()
    await expect.poll(() => studio.page.getByRole('textbox', { name: /Campaign name|Title/ }).first().inputValue(), { timeout: 20_000 }).toBe('Live well for longer')
  })

  it('lists the asks in site order, with their numbers', async () => {
    const list = await openList(['Asks', 'English'], 'Asks: English')
    await expect.poll(() => list.innerText(), { timeout: 20_000 }).toContain('5. Put secondary breast cancer in NHS')
    const text = await list.innerText()
    expect(text.indexOf('1. Prompt diagnosis')).toBeGreaterThan(-1)
    expect(text.indexOf('1. Prompt diagnosis')).toBeLessThan(text.indexOf('2. A Clinical Nurse Specialist'))
  })

  it('lists updates newest first, drafts and scheduled ones included', async () => {
    const list = await openList(['Updates', 'English'], 'Updates, newest first: English')
    await expect.poll(() => list.innerText(), { timeout: 20_000 }).toContain('We handed in your petition to the Cancer Minister')
    const text = await list.innerText()
    expect(text).toContain('SCHEDULED Our priorities for the year ahead')
    expect(text.indexOf('We handed in your petition')).toBeLessThan(text.indexOf('We are launching our campaign'))
    await screenshot(studio.page, 'desk-updates')
  })

  it('lists the stories, the nations and the timeline', async () => {
    const stories = await openList(['Stories', 'English'], 'Stories: English')
    await expect.poll(() => stories.innerText(), { timeout: 20_000 }).toContain('Laura knew the signs, and pushed for the checks she needed')
    const nations = await openList(['Nations', 'English'], 'Nations: English')
    await expect.poll(() => nations.innerText(), { timeout: 20_000 }).toMatch(/England[\s\S]*Scotland[\s\S]*Wales[\s\S]*Northern Ireland|England[\s\S]*Northern Ireland/)
    const timeline = await openList(['Timeline', 'English'], 'Timeline, newest first: English')
    await expect.poll(() => timeline.innerText(), { timeout: 20_000 }).toContain('Petition handed in to the Cancer Minister')
    const text = await timeline.innerText()
    expect(text.indexOf('Petition handed in')).toBeLessThan(text.indexOf('Campaign launched'))
  })

  it('printed no console errors, and made no request, other than the explained ones', () => {
    expect(studio.unexplained()).toEqual({ errors: [], requests: [] })
  })
})
