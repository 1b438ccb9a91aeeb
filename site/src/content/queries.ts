import { defineQuery } from 'groq'

/**
 * Every query the site runs, each written once. Both sources run this exact text.
 * A whole build runs each once (see load.ts), so the number of requests does not
 * grow with the number of documents.
 *
 * Only published documents: the Content Lake's published perspective already hides
 * drafts and release versions; the filter says so again for dataset files and for
 * anyone reading the query. References are returned as ids and joined in the
 * content layer, which is where a missing or unpublished target is caught.
 */
const PUBLISHED = `!(_id in path("drafts.**")) && !(_id in path("versions.**"))`

const IMAGE = `{ alt, decorative, credit, caption, "assetId": asset._ref }`

export const siteSettingsQuery = defineQuery(`*[_id == "siteSettings"][0]{
  _id, _type, title, description, organisationName,
  charityNumbers[]{ jurisdiction, number },
  newsletter{ formAction, emailFieldName, consentText, privacyPolicyUrl },
  dataLicence{ name, url },
  socialLinks[]{ label, url },
  footerLinks[]{ label, url }
}`)

export const campaignQuery = defineQuery(`*[_id == "campaign"][0]{
  _id, _type, name, strapline, problem, change,
  actions[]{ label, url, text },
  petition{ signUrl, dataUrl, signatureCount, countedOn, paperSignatures, nextMilestone, handInDate, handInTo },
  heroImage${IMAGE}
}`)

export const nationsQuery = defineQuery(`*[_type == "nation" && ${PUBLISHED}] | order(order asc, name asc){
  _id, _type, name, "slug": slug.current, order, government,
  healthMinister{ name, role }
}`)

export const asksQuery = defineQuery(`*[_type == "ask" && ${PUBLISHED}] | order(order asc, title asc){
  _id, _type, title, "slug": slug.current, summary, body, order,
  evidence[]{ title, publisher, url, accessedOn },
  progress[]{ "nationId": nation._ref, status, ministerMet, date, note, source{ title, publisher, url, accessedOn } },
  talkingPoints,
  outcome{ won, date, "reportId": report._ref }
}`)

// Scheduled updates are returned too: the content layer holds them back by its clock,
// and needs to know they exist so that a link to one is left out rather than called broken.
export const updatesQuery = defineQuery(`*[_type == "update" && ${PUBLISHED}] | order(publishedAt desc, _id asc){
  _id, _type, title, "slug": slug.current, publishedAt, updatedAt, kind, summary, body,
  heroImage${IMAGE},
  "relatedAskIds": relatedAsks[]._ref,
  "relatedNationIds": relatedNations[]._ref
}`)

export const storiesQuery = defineQuery(`*[_type == "story" && ${PUBLISHED}] | order(consent.givenOn desc, _id asc){
  _id, _type, "createdAt": _createdAt, title, naming, fullName, "slug": slug.current, age, place, summary, body,
  portrait${IMAGE},
  contentNote,
  "relatedAskIds": relatedAsks[]._ref,
  consent{ givenOn, expiresOn, withdrawn, channels }
}`)

export const milestonesQuery = defineQuery(`*[_type == "milestone" && ${PUBLISHED}] | order(date desc, _id asc){
  _id, _type, title, date, kind, outcome,
  "nationId": nation._ref,
  "reportId": report._ref
}`)

export const queries = {
  siteSettings: siteSettingsQuery,
  campaign: campaignQuery,
  nations: nationsQuery,
  asks: asksQuery,
  updates: updatesQuery,
  stories: storiesQuery,
  milestones: milestonesQuery,
} as const
