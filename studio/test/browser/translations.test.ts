// The Translations menu (@sanity/document-internationalization), as staff use it to
// reach or start the Welsh version of an update: the language badge, the menu
// listing English and Welsh, the Welsh version opened beside the English one, and a
// new Welsh copy linked to the English one by a translation.metadata document.
import type { Locator } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { screenshot } from '../support/screenshots.ts'
import { startStudioSession, type StudioSession } from '../support/studio-session.ts'

const TRANSLATED = 'update-petition-handed-in'
const UNTRANSLATED = 'update-ai-model-triple-negative-breast-cancer'

let studio: StudioSession
beforeAll(async () => {
  studio = await startStudioSession()
})
afterAll(async () => {
  await studio?.close()
})

const titleInput = (n: number) => studio.page.getByTestId('field-title').locator('input').nth(n)
const languageBadge = (n: number) => studio.page.getByTestId('pane-footer').nth(n).locator('[data-ui="Badge"]').first()
const menu = () => studio.page.locator('[data-ui="Popover"]')
/** A language in the open menu: what it says, whether it can be chosen, and its icon (open beside, or add). */
async function menuEntry(language: string): Promise<{ enabled: boolean; icon: string | null }> {
  const entry: Locator = menu().getByRole('button', { name: new RegExp(`^${language}`) })
  return { enabled: await entry.isEnabled(), icon: await entry.locator('[data-sanity-icon]').first().getAttribute('data-sanity-icon') }
}

async function openUpdate(id: string, title: string) {
  await studio.openDocument(`/structure/update;en;${id}`)
  await expect.poll(() => titleInput(0).inputValue(), { timeout: 60_000 }).toBe(title)
}

describe('the Translations menu', { timeout: 120_000 }, () => {
  it('marks an English update "en" and lists its Welsh version to open', async () => {
    await openUpdate(TRANSLATED, 'We handed in your petition to the Cancer Minister')
    expect(await languageBadge(0).innerText()).toBe('en')
    await studio.page.getByRole('button', { name: 'Translations' }).click()
    await menu().getByRole('button', { name: /^Welsh/ }).waitFor()
    await expect.poll(() => menuEntry('Welsh'), { timeout: 20_000 }).toEqual({ enabled: true, icon: 'split-vertical' })
    // This document's own language is listed but not offered.
    expect((await menuEntry('English')).enabled).toBe(false)
    await screenshot(studio.page, 'translations-menu')
  })

  it('opens the Welsh version beside the English one', async () => {
    await menu().getByRole('button', { name: /^Welsh/ }).click()
    await expect.poll(() => titleInput(1).inputValue(), { timeout: 30_000 }).toBe('Rydym wedi cyflwyno eich deiseb i’r Gweinidog Canser')
    expect(await languageBadge(1).innerText()).toBe('cy')
    expect(decodeURIComponent(studio.page.url())).toContain(`${TRANSLATED};${TRANSLATED}-cy`)
    await screenshot(studio.page, 'translations-welsh-beside')
  })

  it('starts a Welsh copy of an update that has none, linked to the English one', async () => {
    const title = 'Researchers develop an AI model to predict spread of triple negative breast cancer'
    await openUpdate(UNTRANSLATED, title)
    await studio.page.getByRole('button', { name: 'Translations' }).click()
    await expect.poll(() => menuEntry('Welsh'), { timeout: 20_000 }).toEqual({ enabled: true, icon: 'add' })
    await menu().getByRole('button', { name: /^Welsh/ }).click()

    type Link = { language: string; value: { _ref: string } }
    const metadata = () =>
      studio.lake.documents.all().find((doc) => doc._type === 'translation.metadata' && (doc.translations as Link[]).some(({ value }) => value._ref === UNTRANSLATED))
    await expect.poll(() => (metadata()?.translations as Link[] | undefined)?.map(({ language }) => language), { timeout: 20_000 }).toEqual(['en', 'cy'])
    const welshId = (metadata()!.translations as Link[]).find(({ language }) => language === 'cy')!.value._ref
    // A draft in Welsh to translate, starting from the English text; nothing is published.
    expect(studio.lake.documents.get(`drafts.${welshId}`)).toMatchObject({ _type: 'update', language: 'cy', title })
    expect(studio.lake.documents.get(welshId)).toBeUndefined()
    // The menu hears of the link and now offers to open the Welsh copy.
    await expect.poll(() => menuEntry('Welsh'), { timeout: 20_000 }).toEqual({ enabled: true, icon: 'split-vertical' })
  })

  it('lets the Welsh copy keep the English web address: it lives under /cy/, so it is not "already in use"', async () => {
    const checked = studio.page.waitForResponse((response) => response.url().includes('slug-is-unique'), { timeout: 30_000 })
    await menu().getByRole('button', { name: /^Welsh/ }).click()
    const answer = await (await checked).json()
    expect(answer.result).toBe(true)
    await expect.poll(() => studio.page.getByTestId('field-slug').nth(1).locator('input').inputValue(), { timeout: 30_000 }).toBe('ai-model-triple-negative-breast-cancer')
    await studio.page.keyboard.press('Escape') // the menu, closed
    await studio.page.waitForTimeout(1_000) // the answer, shown
    expect(await studio.page.getByText(/already in use/i).count()).toBe(0)
    await screenshot(studio.page, 'translations-welsh-copy')
  })

  it('printed no console errors, and made no request, other than the explained ones', () => {
    expect(studio.unexplained()).toEqual({ errors: [], requests: [] })
  })
})
