// "Needs attention" reads the live site's /build.json and says, in words, when the
// hourly build has stopped or left documents out. Read over HTTP from a stub site.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildStatusUrl, describeBuild, readBuildStatus } from '../attention/build-status.ts'

let server: Server
let status: unknown = null
let site = ''

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url !== '/campaign/build.json' || status === null) return void response.writeHead(404).end()
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(JSON.stringify(status))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}/campaign`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const now = new Date('2026-06-01T12:00:00Z')
const broken = { _id: 'update-broken', _type: 'update', field: 'relatedAsks[1]', message: 'refers to ask ask-deleted, which is missing or not published' }

describe('the live site build, as "Needs attention" shows it', () => {
  it('finds /build.json under a site address with a path', () => {
    expect(buildStatusUrl('https://campaign.example.org/campaign')).toBe('https://campaign.example.org/campaign/build.json')
  })

  it('is all well for a build under two hours old that left nothing out', async () => {
    status = { builtAt: '2026-06-01T11:05:00Z', leftOut: [] }
    const check = await readBuildStatus(site, now)
    expect(check).toMatchObject({ kind: 'read', stale: false, leftOut: [] })
    expect(describeBuild(check)).toEqual(['The live site was last built less than an hour ago.'])
  })

  it('says the hourly build has stopped, and why GitHub may have stopped it, after two hours', async () => {
    status = { builtAt: '2026-06-01T09:30:00Z', leftOut: [] }
    const [line] = describeBuild(await readBuildStatus(site, now))
    expect(line).toMatch(/^The live site was last built 2 hours ago\. It should be rebuilt every hour/)
    expect(line).toContain('GitHub switches off scheduled workflows in a repository with no activity for 60 days')
  })

  it('lists what the build left out', async () => {
    status = { builtAt: '2026-06-01T11:30:00Z', leftOut: [broken] }
    const check = await readBuildStatus(site, now)
    expect(check).toMatchObject({ kind: 'read', stale: false, leftOut: [broken] })
    expect(describeBuild(check)[1]).toBe('It left out 1 document with problems. Fix each one and publish it; the next build puts it back.')
  })

  it('says so in words when the site has no build.json, or is unreachable', async () => {
    status = null
    expect(describeBuild(await readBuildStatus(site, now))[0]).toMatch(/build\.json answered 404/)
    expect(describeBuild(await readBuildStatus('http://127.0.0.1:9/', now))[0]).toMatch(/could not be read .*SANITY_STUDIO_SITE_URL/)
  })
})
