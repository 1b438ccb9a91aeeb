// Document ids shared between content files, so a reference can't point at a typo.

export const charitySite = 'https://secondaryvoices.example.org'
export const organisationName = 'Secondary Voices Breast Cancer Charity'
export const petitionUrl = `${charitySite}/petition/sign`

export const nationIds = {
  england: 'nation-england',
  scotland: 'nation-scotland',
  wales: 'nation-wales',
  northernIreland: 'nation-northern-ireland',
} as const

export const askIds = {
  promptDiagnosis: 'ask-prompt-diagnosis',
  nurseSpecialists: 'ask-clinical-nurse-specialists',
  treatment: 'ask-access-to-treatment',
  data: 'ask-data-collection',
  nhsPlans: 'ask-nhs-plans',
} as const

export const updateSlugs = {
  launch: 'campaign-launch',
  lettersToMinisters: 'letters-to-health-ministers',
  campaignDay: 'campaign-day-birmingham',
  drugAppraisal: 'drug-appraisal-response',
  cancerPlans: 'cancer-plans-response',
  knowTheSigns: 'awareness-day-know-the-signs',
  aiModel: 'ai-model-triple-negative-breast-cancer',
  scotlandMeeting: 'meeting-scotland-cabinet-secretary',
  englandMeeting: 'meeting-england-health-secretary',
  walesAndNiRequests: 'meeting-requests-wales-northern-ireland',
  sixtyThousand: 'petition-passes-60000',
  handInInvite: 'join-us-for-the-hand-in',
  handedIn: 'petition-handed-in',
  oneYearOn: 'campaign-one-year-on',
  cosdData: 'cosd-data-april-2020',
  scheduled: 'our-priorities-for-the-year-ahead',
} as const

export type UpdateName = keyof typeof updateSlugs

/** Each update's id is `update-<slug>`. */
export const updateIds = Object.fromEntries(
  Object.entries(updateSlugs).map(([name, slug]) => [name, `update-${slug}`]),
) as Record<UpdateName, string>

/** Where a campaign update is published on the charity's site (for `source` links). */
export const updateUrl = (name: UpdateName): string => `${charitySite}/updates/${updateSlugs[name]}/`
