// What staff see and can do on the record "Withdraw consent" keeps of a story: the
// notice at the top of the form, and the document actions (only Delete, and no Publish).
import type { DocumentActionComponent, DocumentActionProps } from 'sanity'
import { describe, expect, it } from 'vitest'
import { ConsentWithdrawnAction, withdrawnRecordActions } from '../actions/withdrawn-record.ts'
import { withdrawnNotice } from '../withdrawn/notice.ts'
import { consent, withdrawnRecord as record } from '../../schemas/test/fixtures/withdrawn-record.ts'

const story = { _id: 'story-kerry', _type: 'story', title: 'Kerry', fullName: 'Kerry', consent }

describe('the notice on a withdrawn story\'s record', () => {
  it('says what happened, when, by whom, and why the record is kept', () => {
    const notice = withdrawnNotice(record)!
    expect(notice.heading).toBe('Consent withdrawn')
    expect(notice.paragraphs[0]).toBe(
      'The person withdrew their consent for this story, and Alex Editor recorded it on 1 December 2026 at 16:20. ' +
        'The story was taken off the website and out of the feeds, and their name, age, where they live, photo and story were erased for good.',
    )
    expect(notice.paragraphs[1]).toMatch(/^This record keeps only what the charity must keep to show their wishes were respected: the headline, how they chose to be named, the consent dates/)
    expect(notice.paragraphs[1]).toContain('It cannot be edited or published. Delete it once the charity no longer needs to keep it.')
  })

  it('reads in UK time, and without a name when none was recorded', () => {
    const summer = { consent: { withdrawnOn: '2026-07-01', withdrawnAt: '2026-06-30T23:30:00.000Z' } }
    expect(withdrawnNotice(summer)!.paragraphs[0]).toContain('this story, and it was recorded on 1 July 2026 at 00:30.')
  })

  it('is not shown on a story that was not erased, even with "Consent withdrawn" ticked', () => {
    expect(withdrawnNotice(story)).toBeNull()
    expect(withdrawnNotice({ ...story, consent: { ...consent, withdrawn: true } })).toBeNull()
    expect(withdrawnNotice(undefined)).toBeNull()
  })
})

describe('the actions on a withdrawn story\'s record', () => {
  const calls: string[] = []
  const action = (name: string, kind?: DocumentActionComponent['action']): DocumentActionComponent => {
    const component: DocumentActionComponent = () => (calls.push(name), { label: name })
    component.action = kind
    return component
  }
  const publish = action('Publish', 'publish')
  const duplicate = action('Duplicate', 'duplicate')
  const remove = action('Delete', 'delete')
  const openOnSite = action('Open on site')
  const withdraw = action('Withdraw consent')
  const actions = withdrawnRecordActions([publish, duplicate, remove, openOnSite, withdraw], [withdraw])
  const props = (draft: object | null, published: object | null = null) => ({ id: 'story-kerry', type: 'story', draft, published }) as unknown as DocumentActionProps
  const offered = (p: DocumentActionProps) => actions.map((a) => a(p)).filter(Boolean).map((d) => d!.label)

  it('offers only Delete, with a greyed-out "Consent withdrawn" where Publish was', () => {
    expect(offered(props(record))).toEqual(['Consent withdrawn', 'Delete', 'Withdraw consent'])
    expect(ConsentWithdrawnAction(props(record))).toMatchObject({ label: 'Consent withdrawn', disabled: true, title: expect.stringMatching(/can never be published again/) })
  })

  it('leaves every action as it was on any other story', () => {
    expect(offered(props(story, story))).toEqual(['Publish', 'Duplicate', 'Delete', 'Open on site', 'Withdraw consent'])
    expect(offered(props({ ...story, consent: { ...consent, withdrawn: true } }))).toEqual(['Publish', 'Duplicate', 'Delete', 'Open on site', 'Withdraw consent'])
  })

  it('still runs a hidden action (its hooks must run on every render), and keeps what kind of action it is', () => {
    calls.length = 0
    offered(props(record))
    expect(calls).toEqual(['Publish', 'Duplicate', 'Delete', 'Open on site', 'Withdraw consent'])
    expect(actions.map((a) => a.action)).toEqual([undefined, 'publish', 'duplicate', 'delete', undefined, undefined])
  })

  it('gives the Studio the same actions each time it asks, so an open confirm box is not started afresh', () => {
    const again = withdrawnRecordActions([publish, duplicate, remove, openOnSite, withdraw], [withdraw])
    again.forEach((a, i) => expect(a, a.displayName).toBe(actions[i]))
  })
})
