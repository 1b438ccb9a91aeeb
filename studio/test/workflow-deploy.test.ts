import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { PUBLISH_EVENT_TYPE } from '../webhook.ts'

const file = resolve(import.meta.dirname, '../../.github/workflows/deploy.yml')

type Step = { name?: string; uses?: string; run?: string; env?: Record<string, string> }
type Workflow = {
  on: { push?: { branches?: string[] }; repository_dispatch?: { types?: string[] }; schedule?: { cron: string }[]; workflow_dispatch?: unknown }
  concurrency?: { group: string }
  permissions?: Record<string, string>
  jobs: Record<string, { container?: string; steps: Step[] }>
}

const workflow = parse(readFileSync(file, 'utf8')) as Workflow
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps)
const indexOf = (command: RegExp) => steps.findIndex((s) => s.run && command.test(s.run))
const stepRunning = (command: RegExp) => steps[indexOf(command)]

describe('the deploy workflow', () => {
  it('runs on a push to main, on the Sanity webhook, every hour and by hand', () => {
    expect(workflow.on.push?.branches).toEqual(['main'])
    expect(workflow.on.repository_dispatch?.types).toEqual([PUBLISH_EVENT_TYPE])
    expect(workflow.on.schedule).toHaveLength(1)
    expect(workflow.on.schedule![0]!.cron).toMatch(/^[0-5]?\d \* \* \* \*$/) // once an hour, every hour
    expect(workflow.on).toHaveProperty('workflow_dispatch')
  })

  it('never runs two deploys at once, and may only read the repository', () => {
    expect(workflow.concurrency?.group).toBeTruthy()
    expect(workflow.permissions).toEqual({ contents: 'read' })
  })

  it('installs with npm ci, installs Debian\'s Chromium, tests, builds, then deploys site/dist, in that order', () => {
    const order = [/apt-get install .*\bchromium\b/, /^npm ci$/, /^npm test$/, /^npm run build$/, /pages deploy site\/dist\b/].map(indexOf)
    expect(order.every((i) => i >= 0), `steps: ${steps.map((s) => s.run ?? s.uses).join(' | ')}`).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(Object.values(workflow.jobs)[0]!.container).toMatch(/bookworm|debian/)
  })

  it('builds from the Sanity project and public address in the repository settings, the token from secrets', () => {
    const build = stepRunning(/^npm run build$/)!
    expect(build.env).toMatchObject({
      SANITY_PROJECT_ID: '${{ vars.SANITY_PROJECT_ID }}',
      SITE_URL: '${{ vars.SITE_URL }}',
      SANITY_API_READ_TOKEN: '${{ secrets.SANITY_API_READ_TOKEN }}',
    })
    expect(build.env!.SANITY_DATASET).toMatch(/vars\.SANITY_DATASET/)
    // Never the drafts preview on the live site.
    expect(JSON.stringify(workflow)).not.toMatch(/SANITY_PERSPECTIVE|CAMPAIGN_PREVIEW/)
  })

  it('keeps Sanity settings away from the tests, which build the demo dataset offline', () => {
    expect(stepRunning(/^npm test$/)!.env).toBeUndefined()
  })

  it('reads every secret from secrets, never from plain variables', () => {
    const text = readFileSync(file, 'utf8')
    for (const secret of ['SANITY_API_READ_TOKEN', 'CLOUDFLARE_API_TOKEN']) {
      expect(text).toContain(`secrets.${secret}`)
      expect(text).not.toContain(`vars.${secret}`)
    }
  })

  it('stops before building when the repository settings are missing, rather than deploying the demo campaign', () => {
    const check = steps[0]!
    expect(check.run).toMatch(/SANITY_PROJECT_ID/)
    expect(check.run).toMatch(/exit 1/)
    expect(steps.indexOf(check)).toBeLessThan(indexOf(/^npm run build$/))
  })
})
