// The record "Withdraw consent" keeps of a story: recognised by `consent.withdrawnAt`,
// read-only, its erased fields hidden, and named as what it is in the Studio's lists.
import { describe, expect, it } from 'vitest'
import { story } from '../src/documents/story.ts'
import { ERASED_FIELDS, isErasedStory, withdrawalRecord } from '../src/withdrawal.ts'
import { consent, withdrawnRecord as record } from './fixtures/withdrawn-record.ts'

const byHand = { ...record, fullName: 'Kerry', consent: { ...consent, withdrawn: true } }

type Conditional = (context: { document?: unknown }) => boolean
const field = (name: string) => story.fields.find((f) => f.name === name) as { hidden?: Conditional } | undefined
const consentField = (name: string) =>
  (story.fields.find((f) => f.name === 'consent') as unknown as { fields: { name: string; hidden?: Conditional }[] }).fields.find((f) => f.name === name)
const subtitle = (selection: Record<string, unknown>) => (story.preview!.prepare!(selection) as { subtitle?: string }).subtitle

describe('a withdrawn story\'s record', () => {
  it('is recognised by when its details were erased, not by the "Consent withdrawn" tick alone', () => {
    expect(withdrawalRecord(record)).toEqual({ on: '2026-12-01', by: 'Alex Editor', at: '2026-12-01T16:20:00.000Z' })
    expect(isErasedStory(record)).toBe(true)
    expect(isErasedStory(byHand)).toBe(false)
    expect(isErasedStory({ ...record, consent: { ...record.consent, withdrawnAt: ' ' } })).toBe(false)
    expect(isErasedStory(undefined)).toBe(false)
  })

  it('is read-only, with every erased field and the "Consent withdrawn" tick hidden; a story withdrawn by hand stays editable', () => {
    const readOnly = story.readOnly as Conditional
    expect(readOnly({ document: record })).toBe(true)
    expect(readOnly({ document: byHand })).toBe(false)
    for (const name of ERASED_FIELDS) {
      expect(field(name)?.hidden?.({ document: record }), name).toBe(true)
      expect(field(name)?.hidden?.({ document: byHand }), name).toBe(false)
    }
    expect(consentField('withdrawn')?.hidden?.({ document: record })).toBe(true)
    expect(field('title')?.hidden).toBeUndefined()
    expect(field('naming')?.hidden).toBeUndefined()
  })

  it('says "Consent withdrawn" and the day in the list of stories, with no name', () => {
    const selection = { title: record.title, naming: 'first-name', withdrawn: true, withdrawnOn: '2026-12-01', withdrawnAt: record.consent.withdrawnAt }
    expect(subtitle(selection)).toBe('Consent withdrawn on 1 December 2026 · details erased')
    expect(subtitle({ ...selection, fullName: 'Kerry', withdrawnOn: undefined, withdrawnAt: undefined })).toBe('Kerry · Hidden: consent withdrawn')
  })
})
