import { describe, expect, it } from 'vitest'
import { handInSentence } from '../src/lib/hand-in.ts'
import { fitHeadings } from '../src/lib/headings.ts'
import { tally } from '../src/lib/petition.ts'
import { byYear } from '../src/lib/timeline.ts'
import type { Milestone } from '../src/content/index.ts'

const petition = {
  signUrl: 'https://example.org/sign',
  signatureCount: 61342,
  countedOn: '2020-03-02',
  paperSignatures: 2875,
  nextMilestone: 75000,
  handInDate: '2020-03-03',
  handInTo: 'Jo Churchill, Cancer Minister',
  count: { online: 61342, countedAt: '2020-03-02', countedBy: null, platform: null },
}

describe('the hand-in sentence, fixed at build time', () => {
  it('counts the days to come', () => {
    expect(handInSentence(petition, new Date('2020-02-20T12:00:00Z'))).toBe(
      'The petition is to be handed in on 3 March 2020, in 12 days, to Jo Churchill, Cancer Minister.',
    )
    expect(handInSentence(petition, new Date('2020-03-02T23:30:00Z'))).toMatch(/, tomorrow, /)
  })

  it('says "today" on the day, by the UK calendar', () => {
    // 23:30 UTC on 2 March is still 2 March in London (GMT); 00:30 BST-free 3 March is the day.
    expect(handInSentence(petition, new Date('2020-03-03T00:30:00Z'))).toMatch(/, today, /)
  })

  it('says it was handed in, and to whom, after the day', () => {
    expect(handInSentence(petition, new Date('2020-03-04T09:00:00Z'))).toBe(
      'The petition was handed in on 3 March 2020 to Jo Churchill, Cancer Minister.',
    )
  })

  it('says nothing when no date is set', () => {
    expect(handInSentence({ ...petition, handInDate: null }, new Date())).toBeNull()
  })
})

describe('the petition tally', () => {
  it('adds paper to online signatures and measures them against the next milestone', () => {
    expect(tally(petition)).toEqual({ online: 61342, paper: 2875, total: 64217, target: 75000, toGo: 10783, percent: 85 })
  })

  it('has no target once the milestone is passed', () => {
    expect(tally({ ...petition, nextMilestone: 60000 })).toMatchObject({ target: null, percent: 100 })
  })
})

describe('the timeline by year', () => {
  it('keeps the newest year first and each year in the order given', () => {
    const m = (id: string, date: string) => ({ id, date }) as Milestone
    const years = byYear([m('c', '2020-03-03'), m('b', '2020-01-21'), m('a', '2019-12-10')])
    expect(years.map((y) => [y.year, y.milestones.map((x) => x.id)])).toEqual([
      ['2020', ['c', 'b']],
      ['2019', ['a']],
    ])
  })
})

describe('headings in rich text', () => {
  it('lifts a heading that skips a level, and leaves an orderly outline alone', () => {
    expect(fitHeadings('<p>a</p><h3>When</h3><p>b</p><h2>Next</h2><h3>Sub</h3>')).toBe('<p>a</p><h2>When</h2><p>b</p><h2>Next</h2><h3>Sub</h3>')
    expect(fitHeadings('<h2>Under a section</h2>', 2)).toBe('<h3>Under a section</h3>')
    expect(fitHeadings('<h2>A</h2><h3>B</h3><h2>C</h2>')).toBe('<h2>A</h2><h3>B</h3><h2>C</h2>')
  })
})
