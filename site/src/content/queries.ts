import { defineQuery } from 'groq'
import { DEFAULT_LANGUAGE, LANGUAGES } from '../i18n/languages.ts'

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

/**
 * The languages the site publishes. A document with no language is English (it
 * predates translation); any other language is not fetched at all.
 */
const IN_LANGUAGES = `coalesce(language, "${DEFAULT_LANGUAGE}") in ${JSON.stringify(LANGUAGES)}`
const LANGUAGE = `"language": coalesce(language, "${DEFAULT_LANGUAGE}")`

// The singletons: one document per language, each at its fixed id ("siteSettings", "siteSettings-cy").
export const siteSettingsQuery = defineQuery(`*[_type == "siteSettings" && ${PUBLISHED} && ${IN_LANGUAGES}] | order(_id asc){
  _id, _type, ${LANGUAGE}, title, description, organisationName,
  charityNumbers[]{ jurisdiction, number },
  newsletter{ formAction, emailFieldName, consentText, privacyPolicyUrl },
  dataLicence{ name, url },
  socialLinks[]{ label, url },
  footerLinks[]{ label, url }
}`)

export const campaignQuery = defineQuery(`*[_type == "campaign" && ${PUBLISHED} && ${IN_LANGUAGES}] | order(_id asc){
  _id, _type, ${LANGUAGE}, name, strapline, problem, change,
  actions[]{ label, url, text },
  petition{ signUrl, dataUrl, signatureCount, countedOn, paperSignatures, nextMilestone, handInDate, handInTo },
  heroImage${IMAGE}
}`)

export const nationsQuery = defineQuery(`*[_type == "nation" && ${PUBLISHED} && ${IN_LANGUAGES}] | order(order asc, name asc){
  _id, _type, ${LANGUAGE}, name, "slug": slug.current, order, government,
  healthMinister{ name, role }
}`)

export const asksQuery = defineQuery(`*[_type == "ask" && ${PUBLISHED} && ${IN_LANGUAGES}] | order(order asc, title asc){
  _id, _type, ${LANGUAGE}, title, "slug": slug.current, summary, body, order,
  evidence[]{ title, publisher, url, accessedOn },
  progress[]{ "nationId": nation._ref, status, ministerMet, date, note, source{ title, publisher, url, accessedOn } },
  talkingPoints,
  outcome{ won, date, "reportId": report._ref },
  lastReviewed, nextReview
}`)

// Scheduled updates are returned too: the content layer holds them back by its clock,
// and needs to know they exist so that a link to one is left out rather than called broken.
const UPDATES = `*[_type == "update" && ${PUBLISHED} && ${IN_LANGUAGES}]`
const UPDATE_FIELDS = `_id, _type, ${LANGUAGE}, title, "slug": slug.current, publishedAt, updatedAt, kind, summary,
  heroImage${IMAGE},
  "relatedAskIds": relatedAsks[]._ref,
  "relatedNationIds": relatedNations[]._ref`
export const updatesQuery = defineQuery(`${UPDATES} | order(publishedAt desc, _id asc){ ${UPDATE_FIELDS}, body }`)

// The hosted preview reads updates in two parts: every update without its body (what
// lists, links and checks need), then the bodies of the updates a page shows, when it
// shows them (src/preview/update-bodies.ts). Bodies are nearly all of a campaign's text.
export const updatesWithoutBodiesQuery = defineQuery(`${UPDATES} | order(publishedAt desc, _id asc){ ${UPDATE_FIELDS} }`)
export const updateBodiesQuery = defineQuery(`${UPDATES}[_id in $ids]{ _id, _type, ${LANGUAGE}, body }`)

// Only the name as it may be shown leaves the Content Lake: nothing for an anonymous
// person, the first word for first-name-only. Whether an anonymous person's slug
// names them is answered here too, as a yes or no. A story whose consent was
// withdrawn comes back as its consent record alone: its text is never read.
const SHOWN_NAME = `select(naming == "anonymous" => null, naming == "first-name" => string::split(fullName, " ")[@ != ""][0], fullName)`
const NAME_PARTS = `string::split(array::join(string::split(lower(fullName), "-"), " "), " ")`
const SLUG_NAMES_PERSON = `naming == "anonymous" && defined(fullName) && count(${NAME_PARTS}[length(@) > 1 && @ in string::split(^.slug.current, "-")]) > 0`

export const storiesQuery = defineQuery(`*[_type == "story" && ${PUBLISHED} && ${IN_LANGUAGES}] | order(consent.givenOn desc, _id asc){
  _id, _type, ${LANGUAGE},
  consent{ givenOn, expiresOn, withdrawn, channels },
  consent.withdrawn != true => {
    "createdAt": _createdAt, title, naming, "displayName": ${SHOWN_NAME}, "slugNamesPerson": ${SLUG_NAMES_PERSON},
    "slug": slug.current, age, place, summary, body,
    portrait${IMAGE},
    contentNote,
    "relatedAskIds": relatedAsks[]._ref
  }
}`)

export const milestonesQuery = defineQuery(`*[_type == "milestone" && ${PUBLISHED} && ${IN_LANGUAGES}] | order(date desc, _id asc){
  _id, _type, ${LANGUAGE}, title, date, kind, outcome,
  "nationId": nation._ref,
  "reportId": report._ref
}`)

// Which documents are versions of each other (the translations plugin's metadata), as plain ids.
// Before the plugin's v6 the language was the item's _key.
export const translationsQuery = defineQuery(`*[_type == "translation.metadata" && ${PUBLISHED}]{
  _id, "versions": translations[]{ "language": coalesce(language, _key), "id": value._ref }
}`)

export const queries = {
  siteSettings: siteSettingsQuery,
  campaign: campaignQuery,
  nations: nationsQuery,
  asks: asksQuery,
  updates: updatesQuery,
  stories: storiesQuery,
  milestones: milestonesQuery,
  translations: translationsQuery,
} as const
