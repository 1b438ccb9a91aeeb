// An ask's review dates: checked by the content layer as the Studio checks them, and
// shown at the foot of the ask's page in both languages ("Page last reviewed").
import { describe, expect, it } from 'vitest'
import { ContentError, loadContent } from '../src/content/index.ts'
import { openDatasetFile } from '../src/content/source/dataset-file.ts'
import { page, text } from './support/built-pages.ts'
import { demoSite } from './support/demo-site.ts'
import { baseDocuments, withDoc, writeDataset, type Doc } from './fixtures/dataset.ts'

const siteUrl = new URL('https://campaign.test/')
const load = (docs: Doc[]) => loadContent({ source: openDatasetFile(writeDataset(docs)), now: new Date('2020-06-01T12:00:00Z'), siteUrl })
const reviewed = (last: string | undefined, next: string | undefined) =>
  withDoc(baseDocuments(), 'ask-diagnosis', (d) => ({ ...d, lastReviewed: last, nextReview: next }))

describe('review dates in the content layer', () => {
  it('carries them to the ask', async () => {
    const ask = (await load(reviewed('2020-02-24', '2021-02-24'))).asks[0]!
    expect([ask.lastReviewed, ask.nextReview]).toEqual(['2020-02-24', '2021-02-24'])
    const none = (await load(baseDocuments())).asks[0]!
    expect([none.lastReviewed, none.nextReview]).toEqual([null, null])
  })

  it.each([
    ['2020-02-24', '2020-02-01', 'ask ask-diagnosis nextReview: The next review must come after the last one.'],
    ['2020-02-24', '2023-02-25', 'ask ask-diagnosis nextReview: Review the page within three years of the last review: by 2023-02-24 at the latest.'],
    [undefined, '2021-02-24', 'ask ask-diagnosis lastReviewed: Say when the page was last reviewed: the next review is counted from it.'],
    ['24/02/2020', '2021-02-24', 'ask ask-diagnosis lastReviewed: must be a date (YYYY-MM-DD)'],
  ])('names the ask and the field when last %s and next %s do not fit', async (last, next, problem) => {
    const error = await load(reviewed(last, next)).then(() => null, (e: unknown) => e)
    expect(error).toBeInstanceOf(ContentError)
    expect((error as ContentError).message.split('\n').slice(1)).toContain(problem)
  })
})

describe('review dates on the demo site', () => {
  it('ends each ask with when it was last reviewed and when it is next due, as dates a reader reads', async () => {
    const foot = page(await demoSite(), '/asks/prompt-diagnosis/').querySelector('article .review-dates')!
    expect(foot.querySelectorAll('p').map(text)).toEqual(['Page last reviewed: 24 February 2020', 'Next review due: 24 February 2021'])
    expect(foot.querySelectorAll('time').map((t) => t.getAttribute('datetime'))).toEqual(['2020-02-24', '2021-02-24'])
  })

  it('says the same in Welsh', async () => {
    const foot = page(await demoSite(), '/cy/asks/diagnosis-prydlon/').querySelector('article .review-dates')!
    expect(foot.querySelectorAll('p').map(text)).toEqual(['Adolygwyd y dudalen ddiwethaf: 24 Chwefror 2020', 'Adolygiad nesaf yn ddyledus: 24 Chwefror 2021'])
  })
})
