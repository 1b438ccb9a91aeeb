import { describe, expect, it } from 'vitest'
import {
  actionRule,
  altTextProblem,
  anonymousNameWarning,
  anonymousSlugProblem,
  consentExpiryWarning,
  datesInOrder,
  emptySummaryWarning,
  fullNameProblem,
  hrefProblem,
  linkRule,
  neededWith,
  nextMilestoneProblem,
  noChannelsWarning,
  repeatedNationProblem,
  secureRule,
  slugify,
  slugProblem,
  talkingPointProblem,
  webRule,
  wonDateProblem,
  lastReviewedProblem,
  nextReviewProblem,
  yearsAfter,
} from '../src/validation/index.ts'

describe('hrefProblem: links in text, buttons and menus', () => {
  it.each(['https://www.gov.uk/', 'http://example.org/page', 'mailto:campaigns@example.org', 'tel:+442071234567', '/asks/prompt-diagnosis/', '/'])(
    'accepts %s',
    (href) => expect(hrefProblem(href, linkRule)).toBeUndefined(),
  )

  it.each([
    ['javascript:alert(1)', /must start with https:\/\/, http:\/\/, mailto:, tel: or \//],
    ['ftp://example.org/file', /must start with/],
    ['www.example.org', /isn't a complete address/],
    ['asks/prompt-diagnosis', /isn't a complete address/],
    ['//example.org/page', /full address/],
    ['https://exa mple.org', /Remove the spaces/],
    ['https://user:secret@example.org', /user name or password/],
    ['https://example', /isn't a website name/],
    ['mailto:campaigns', /mailto:name@example.org/],
    ['tel:call-us', /tel: followed by the number/],
  ])('rejects %s', (href, message) => expect(hrefProblem(href, linkRule)).toMatch(message))

  it('leaves an empty link to the "required" rule', () => {
    expect(hrefProblem(undefined)).toBeUndefined()
    expect(hrefProblem('')).toBeUndefined()
  })

  it('"how you can help" actions allow email but not phone links', () => {
    expect(hrefProblem('mailto:campaigns@example.org', actionRule)).toBeUndefined()
    expect(hrefProblem('/stories/', actionRule)).toBeUndefined()
    expect(hrefProblem('tel:+442071234567', actionRule)).toMatch(/https:\/\/, http:\/\/, mailto: or \//)
  })

  it('source links must be web addresses', () => {
    expect(hrefProblem('http://digital.nhs.uk/data', webRule)).toBeUndefined()
    expect(hrefProblem('/asks/', webRule)).toMatch(/full web address/)
    expect(hrefProblem('mailto:data@example.org', webRule)).toMatch(/https:\/\/ or http:\/\//)
  })

  it('the petition and sign-up form must be https', () => {
    expect(hrefProblem('https://petition.example.org/sign', secureRule)).toBeUndefined()
    expect(hrefProblem('http://petition.example.org/sign', secureRule)).toBe('Links here must start with https://.')
  })
})

describe('datesInOrder', () => {
  it('accepts an update changed after it was published, or at the same moment', () => {
    expect(datesInOrder('2020-03-03T10:00:00Z', '2020-03-04T09:00:00Z', { allowSame: true })).toBe(true)
    expect(datesInOrder('2020-03-03T10:00:00Z', '2020-03-03T10:00:00Z', { allowSame: true })).toBe(true)
  })

  it('rejects an update "changed" before it was published', () => {
    expect(datesInOrder('2020-03-03T10:00:00Z', '2020-03-03T09:59:00Z', { allowSame: true })).toBe(false)
  })

  it('consent must end after the day it was given, not on it', () => {
    expect(datesInOrder('2020-01-01', '2021-01-01', { allowSame: false })).toBe(true)
    expect(datesInOrder('2020-01-01', '2020-01-01', { allowSame: false })).toBe(false)
    expect(datesInOrder('2020-01-01', '2019-12-31', { allowSame: false })).toBe(false)
  })

  it('leaves missing dates to other rules', () => {
    expect(datesInOrder(undefined, '2020-01-01', { allowSame: false })).toBe(true)
    expect(datesInOrder('2020-01-01', null, { allowSame: false })).toBe(true)
  })
})

describe('consentExpiryWarning', () => {
  const today = '2026-06-01'

  it('is quiet when consent has no end date or ends more than 30 days away', () => {
    expect(consentExpiryWarning(undefined, today)).toBeUndefined()
    expect(consentExpiryWarning('2026-07-02', today)).toBeUndefined()
  })

  it('warns when consent ends within 30 days, saying when', () => {
    expect(consentExpiryWarning('2026-07-01', today)).toBe(
      'Consent runs out in 30 days (2026-07-01). Renew it with the person to keep the story on the site.',
    )
    expect(consentExpiryWarning('2026-06-02', today)).toMatch(/in 1 day \(/)
    expect(consentExpiryWarning('2026-06-01', today)).toMatch(/runs out today/)
  })

  it('warns when consent has already run out', () => {
    expect(consentExpiryWarning('2026-05-31', today)).toMatch(/ran out on 2026-05-31, so the story is no longer shown/)
  })
})

describe('slugs', () => {
  it.each(['prompt-diagnosis', 'cns-2020', 'wales'])('accepts %s', (slug) => expect(slugProblem(slug)).toBeUndefined())

  it.each(['Prompt-Diagnosis', 'prompt diagnosis', 'prompt_diagnosis', '-prompt', 'prompt--diagnosis', 'kerry’s-story'])(
    'rejects %s',
    (slug) => expect(slugProblem(slug)).toMatch(/lowercase letters, numbers and single hyphens/),
  )

  it('slugify makes slugs that pass, from real titles', () => {
    const titles = ["Kerry's story", 'Clinical Nurse Specialists (CNS)', 'Données & santé – Éire', '  Ask 5: NHS plans  ']
    expect(titles.map(slugify)).toEqual(['kerrys-story', 'clinical-nurse-specialists-cns', 'donnees-and-sante-eire', 'ask-5-nhs-plans'])
    for (const title of titles) expect(slugProblem(slugify(title))).toBeUndefined()
  })

  it('an anonymous story\'s slug must not contain the person\'s name', () => {
    expect(anonymousSlugProblem('living-with-uncertainty', 'Kerry Smith')).toBeUndefined()
    expect(anonymousSlugProblem('kerrys-story', 'Kerry Smith')).toMatch(/contains "kerry"/)
    expect(anonymousSlugProblem('a-story-from-the-smith-family', 'Kerry Smith')).toMatch(/contains "smith"/)
  })

  it('a short name part only matches a whole word', () => {
    expect(anonymousSlugProblem('all-of-us', 'Al Jones')).toBeUndefined()
    expect(anonymousSlugProblem('al-s-story', 'Al Jones')).toMatch(/contains "al"/)
  })
})

describe('stories', () => {
  it('needs the name unless the story is anonymous', () => {
    expect(fullNameProblem('full-name', 'Laura Jones')).toBeUndefined()
    expect(fullNameProblem('anonymous', undefined)).toBeUndefined()
    expect(fullNameProblem('first-name', '  ')).toMatch(/Add the person's name/)
  })

  it('nudges editors to leave the name out of anonymous stories', () => {
    expect(anonymousNameWarning('anonymous', '')).toBeUndefined()
    expect(anonymousNameWarning('first-name', 'Laura Jones')).toBeUndefined()
    expect(anonymousNameWarning('anonymous', 'Laura Jones')).toMatch(/consider leaving it empty/)
  })

  it('warns when no channel is ticked', () => {
    expect(noChannelsWarning(['site'])).toBeUndefined()
    expect(noChannelsWarning([])).toMatch(/not shown anywhere/)
    expect(noChannelsWarning(undefined)).toMatch(/not shown anywhere/)
  })
})

describe('other rules', () => {
  it('warns about an empty summary', () => {
    expect(emptySummaryWarning('We met the minister.')).toBeUndefined()
    expect(emptySummaryWarning('   ')).toMatch(/Add a one-line summary/)
  })

  it('alt text is required unless the image is decorative', () => {
    expect(altTextProblem('Campaigners outside Parliament', false)).toBeUndefined()
    expect(altTextProblem(undefined, true)).toBeUndefined()
    expect(altTextProblem(' ', false)).toMatch(/Describe what the image shows/)
  })

  it('the next petition milestone is above the count', () => {
    expect(nextMilestoneProblem(75_000, 60_412)).toBeUndefined()
    expect(nextMilestoneProblem(60_000, 60_412)).toBe('The next milestone must be more than the current count (60,412).')
  })

  it('each nation appears once in an ask\'s progress', () => {
    const entry = (ref: string) => ({ nation: { _ref: ref } })
    expect(repeatedNationProblem([entry('nation-england'), entry('nation-wales')])).toBeUndefined()
    expect(repeatedNationProblem([entry('nation-wales'), entry('nation-england'), entry('nation-wales')])).toMatch(/appears twice/)
  })

  it('a won ask says when it was won', () => {
    expect(wonDateProblem(true, '2021-06-01')).toBeUndefined()
    expect(wonDateProblem(false, undefined)).toBeUndefined()
    expect(wonDateProblem(true, undefined)).toMatch(/Say when the ask was won/)
  })

  it('talking points are short points, not a letter', () => {
    expect(talkingPointProblem('Ask how many people are waiting.')).toBeUndefined()
    expect(talkingPointProblem(' ')).toMatch(/Write the point/)
    expect(talkingPointProblem('x'.repeat(201))).toMatch(/200 characters at most/)
  })

  it('a sign-up form needs its email field name', () => {
    expect(neededWith('email', 'https://forms.example.org/signup', '"Form address"')).toBeUndefined()
    expect(neededWith(undefined, undefined, '"Form address"')).toBeUndefined()
    expect(neededWith('', 'https://forms.example.org/signup', '"Form address"')).toMatch(/"Form address" is filled in/)
  })
})

describe('review dates: next after last, within three years', () => {
  it('accepts a next review after the last, up to three years on to the day', () => {
    expect(nextReviewProblem('2026-03-03', '2027-03-03')).toBeUndefined()
    expect(nextReviewProblem('2026-03-03', '2029-03-03')).toBeUndefined()
  })

  it('rejects a next review on or before the last one', () => {
    expect(nextReviewProblem('2026-03-03', '2026-03-03')).toBe('The next review must come after the last one.')
    expect(nextReviewProblem('2026-03-03', '2025-12-01')).toBe('The next review must come after the last one.')
  })

  it('rejects a next review more than three years on, saying the latest date allowed', () => {
    expect(nextReviewProblem('2026-03-03', '2029-03-04')).toBe('Review the page within three years of the last review: by 2029-03-03 at the latest.')
    expect(nextReviewProblem('2024-02-29', '2027-03-02')).toMatch(/by 2027-03-01 at the latest/)
  })

  it('asks for both dates once either is given, and nothing when neither is', () => {
    expect(nextReviewProblem('2026-03-03', undefined)).toMatch(/Say when the page is next due for review/)
    expect(lastReviewedProblem(undefined, '2027-03-03')).toMatch(/Say when the page was last reviewed/)
    expect(lastReviewedProblem('2026-03-03', '2027-03-03')).toBeUndefined()
    expect(nextReviewProblem(undefined, undefined)).toBeUndefined()
    expect(lastReviewedProblem(null, null)).toBeUndefined()
  })

  it('counts years by the calendar', () => {
    expect(yearsAfter('2026-03-03', 3)).toBe('2029-03-03')
    expect(yearsAfter('2024-02-29', 3)).toBe('2027-03-01')
    expect(yearsAfter('3 March 2026', 3)).toBeUndefined()
  })
})
