// What the Studio asks of Sanity's project API besides content: who is logged in,
// what they may do, the project, and the upsell/announcement/feature look-ups it
// makes on every load. Each answer is the "nothing to show" a plain project gives.
export const LAKE_PROJECT_ID = 'campaigntest'
export const LAKE_DATASET = 'production'

/** The editor the Studio shows as logged in: an administrator, as campaign staff are. */
export const LAKE_USER = {
  id: 'pEditor01',
  name: 'Alex Editor',
  email: 'alex.editor@example.org',
  profileImage: null,
  provider: 'sanity',
  role: 'administrator',
  roles: [{ name: 'administrator', title: 'Administrator', description: 'Read and write access to all datasets' }],
}

/** An administrator's dataset grants, in the shape of /projects/<id>/datasets/<dataset>/acl. */
const ADMINISTRATOR_ACL = [{ filter: '_id in path("**")', permissions: ['read', 'create', 'history', 'update'] }]

const PROJECT = {
  id: LAKE_PROJECT_ID,
  displayName: 'Campaign (local test lake)',
  studioHost: null,
  isBlocked: false,
  isDisabled: false,
  isDisabledByUser: false,
  metadata: {},
  members: [{ id: LAKE_USER.id, role: 'administrator', roles: LAKE_USER.roles, isCurrentUser: true, isRobot: false }],
}

/** Path (without the /v<version> prefix) -> answer, for GET requests. */
const ANSWERS: [RegExp, unknown][] = [
  [/^\/users\/me$/, LAKE_USER],
  [new RegExp(`^/projects/${LAKE_PROJECT_ID}$`), PROJECT],
  [new RegExp(`^/projects/${LAKE_PROJECT_ID}/datasets$`), [{ name: LAKE_DATASET, aclMode: 'private' }]],
  [new RegExp(`^/projects/${LAKE_PROJECT_ID}/datasets/${LAKE_DATASET}/acl$`), ADMINISTRATOR_ACL],
  [new RegExp(`^/projects/${LAKE_PROJECT_ID}/grants$`), {}],
  [new RegExp(`^/projects/${LAKE_PROJECT_ID}/user-applications$`), []],
  // Stored per-user settings (e.g. announcements seen): none yet.
  [/^\/users\/me\/keyvalue\/[^/]+$/, []],
  [/^\/features$/, []],
  // Upsells and trial banners: nothing to offer.
  [/^\/journey\/.+$/, null],
  [/^\/intake\/telemetry-status$/, { status: 'denied' }],
  [new RegExp(`^/schedules/${LAKE_PROJECT_ID}/${LAKE_DATASET}$`), { schedules: [] }],
  // The help menu's resources and the "new version" check: this version, nothing newer.
  [/^\/help$/, { latestVersion: null, isSupported: true, isUpToDate: true, resources: [] }],
]

/** The answer to a GET on the project API, or undefined when the lake has none. */
export function projectAnswer(path: string): { body: unknown } | undefined {
  const found = ANSWERS.find(([pattern]) => pattern.test(path))
  return found ? { body: found[1] } : undefined
}
