import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Evaluator, Lexer, Parser, data } from '@actions/expressions'
import { truthy } from '@actions/expressions/result'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { DEPLOY_BRANCH, DEPLOY_WORKFLOW, PUBLISH_EVENT_TYPE, webhookProjection } from '../webhook.ts'
import { evaluate as groq, parse as parseGroq } from 'groq-js'

const root = resolve(import.meta.dirname, '../..')
const file = resolve(root, '.github/workflows', DEPLOY_WORKFLOW)

type Step = { name?: string; id?: string; uses?: string; if?: string; run?: string; with?: Record<string, string>; env?: Record<string, string> }
type Job = { if?: string; container?: string; env?: Record<string, string>; steps: Step[] }
type Workflow = {
  on: { push?: { branches?: string[] }; repository_dispatch?: unknown; schedule?: { cron: string }[]; workflow_dispatch?: { inputs?: Record<string, { type?: string; options?: string[]; default?: string }> } }
  concurrency?: { group: string }
  permissions?: Record<string, string>
  jobs: Record<string, Job>
}

const workflow = parse(readFileSync(file, 'utf8')) as Workflow
const job = Object.values(workflow.jobs)[0]!
const steps = job.steps
const indexOf = (command: RegExp, list: Step[] = steps) => list.findIndex((s) => s.run && command.test(s.run))

/** GitHub's own expression language (@actions/expressions), over the contexts a run would have. */
function evaluate(expression: string, contexts: Record<string, unknown>): data.ExpressionData {
  const tokens = new Lexer(expression).lex().tokens
  const tree = new Parser(tokens, Object.keys(contexts), []).parse()
  return new Evaluator(tree, JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary).evaluate()
}
const interpolate = (text: string, contexts: Record<string, unknown>) =>
  text.replace(/\$\{\{(.*?)\}\}/g, (_, expression: string) => evaluate(expression, contexts).coerceString())

interface RunStep extends Step {
  /** The step's env as the run sees it. */
  values: Record<string, string>
}

/** The inputs a run by hand gets: each declared input's default. */
const defaultInputs = () => Object.fromEntries(Object.entries(workflow.on.workflow_dispatch?.inputs ?? {}).map(([name, input]) => [name, input.default ?? '']))

/** The inputs the Sanity webhook sends for a published update: its projection, run by groq-js. */
async function webhookInputs(): Promise<Record<string, string>> {
  const body = (await (await groq(parseGroq(`*[_id == "update-1"][0]${webhookProjection}`), { dataset: [{ _id: 'update-1', _type: 'update' }] })).get()) as {
    ref: string
    inputs: Record<string, string>
  }
  expect(body.ref).toBe(DEPLOY_BRANCH)
  return body.inputs
}

/** The steps one run of the job carries out, for an event, and whether the dependency cache was hit. */
function stepsFor(
  eventName: string,
  { dependenciesCached = false, inputs = eventName === 'workflow_dispatch' ? defaultInputs() : {}, studioUrl = 'https://campaign.sanity.studio' } = {},
): RunStep[] {
  const base = {
    github: { event_name: eventName, ref: 'refs/heads/main' },
    inputs,
    vars: { SANITY_PROJECT_ID: 'abc123', SITE_URL: 'https://campaign.example.org', CLOUDFLARE_PAGES_PROJECT: 'campaign', SANITY_STUDIO_URL: studioUrl },
    secrets: { SANITY_API_READ_TOKEN: 'viewer-token', CLOUDFLARE_API_TOKEN: 'cf-token', CLOUDFLARE_ACCOUNT_ID: 'cf-account' },
  }
  const env = Object.fromEntries(Object.entries(job.env ?? {}).map(([k, v]) => [k, interpolate(String(v), { ...base, env: {} })]))
  const contexts = { ...base, env, steps: { dependencies: { outputs: { 'cache-hit': dependenciesCached ? 'true' : 'false' } } } }
  return steps
    .filter((step) => step.if === undefined || truthy(evaluate(step.if.replace(/^\$\{\{|\}\}$/g, ''), contexts)))
    .map((step) => ({
      ...step,
      values: Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, interpolate(String(v), contexts)])),
    }))
}

const CHROMIUM = /apt-get install .*\bchromium\b/
const stepRunning = (command: RegExp, list: RunStep[]) => list[indexOf(command, list)]

describe('the deploy workflow', () => {
  it('runs on a push to main, on the Sanity webhook (workflow_dispatch), every hour and by hand', async () => {
    expect(workflow.on.push?.branches).toEqual(['main'])
    // repository_dispatch would need a token that can push code (Contents: write).
    expect(workflow.on).not.toHaveProperty('repository_dispatch')
    const trigger = workflow.on.workflow_dispatch?.inputs?.trigger
    expect(trigger?.options).toContain(PUBLISH_EVENT_TYPE)
    // By hand, a run is a code run (tests first) unless someone picks otherwise.
    expect(trigger?.default).toBe('code')
    // Every input the webhook sends is declared (GitHub refuses a dispatch with an unknown input).
    expect(Object.keys(workflow.on.workflow_dispatch!.inputs!)).toEqual(expect.arrayContaining(Object.keys(await webhookInputs())))
    expect(workflow.on.schedule).toHaveLength(1)
    expect(workflow.on.schedule![0]!.cron).toMatch(/^[0-5]?\d \* \* \* \*$/) // once an hour, every hour
    expect(workflow.on).toHaveProperty('workflow_dispatch')
  })

  it('never runs two deploys at once, and may only read the repository', () => {
    expect(workflow.concurrency?.group).toBeTruthy()
    expect(workflow.permissions).toEqual({ contents: 'read' })
  })

  it.each(['push', 'workflow_dispatch'])('on %s: installs, installs Debian\'s Chromium, tests, builds, then deploys site/dist, in that order', (event) => {
    const run = stepsFor(event)
    const order = [/^npm ci$/, CHROMIUM, /^npm test$/, /^npm run build$/, /pages deploy site\/dist\b/].map((command) => indexOf(command, run))
    expect(order.every((i) => i >= 0), `steps: ${run.map((s) => s.run ?? s.uses).join(' | ')}`).toBe(true)
    expect([...order.slice(1)].sort((a, b) => a - b)).toEqual(order.slice(1))
    expect(order[0]).toBeLessThan(order[2]!)
    expect(job.container).toMatch(/bookworm|debian/)
    // A change to the code stops on bad content rather than publishing without it.
    expect(stepRunning(/^npm run build$/, run)!.values.CONTENT_PROBLEMS).toBe('stop')
  })

  it.each(['the Sanity webhook', 'schedule'])('on %s (a content event): skips Chromium and the tests, builds leaving bad documents out, deploys', async (event) => {
    const run = event === 'schedule' ? stepsFor(event) : stepsFor('workflow_dispatch', { inputs: await webhookInputs() })
    const commands = run.map((s) => s.run ?? s.uses)
    expect(indexOf(CHROMIUM, run), `steps: ${commands.join(' | ')}`).toBe(-1)
    expect(indexOf(/\bnpm (run )?test\b/, run), `steps: ${commands.join(' | ')}`).toBe(-1)
    const build = indexOf(/^npm run build$/, run)
    const deploy = indexOf(/pages deploy site\/dist\b/, run)
    expect(build).toBeGreaterThan(indexOf(/^npm ci$/, run))
    expect(deploy).toBeGreaterThan(build)
    const values = run[build]!.values
    expect(values.CONTENT_PROBLEMS).toBe('leave-out')
    // Still the live project, with the token for a private dataset.
    expect(values).toMatchObject({ SANITY_PROJECT_ID: 'abc123', SITE_URL: 'https://campaign.example.org', SANITY_API_READ_TOKEN: 'viewer-token' })
  })

  it('on a push: builds the hosted preview after the tests and deploys the Worker, with its variables but never its token', () => {
    const run = stepsFor('push')
    const build = indexOf(/^npm run build:preview$/, run)
    const deploy = indexOf(/wrangler deploy --config site\/dist-preview\/server\/wrangler\.json/, run)
    expect(build, `steps: ${run.map((s) => s.run ?? s.uses).join(' | ')}`).toBeGreaterThan(indexOf(/^npm test$/, run))
    expect(deploy).toBeGreaterThan(build)
    expect(run[build]!.values.SITE_URL).toBe('https://campaign.example.org')
    expect(run[deploy]!.run).toMatch(/^npx --no-install wrangler deploy /)
    expect(run[deploy]!.values).toMatchObject({ SANITY_PROJECT_ID: 'abc123', SANITY_STUDIO_URL: 'https://campaign.sanity.studio', CLOUDFLARE_API_TOKEN: 'cf-token' })
    expect(run[deploy]!.values).not.toHaveProperty('SANITY_API_READ_TOKEN')
  })

  it.each(['the Sanity webhook', 'schedule'])('on %s: leaves the hosted preview alone (it reads content on every page view)', async (event) => {
    const run = event === 'schedule' ? stepsFor(event) : stepsFor('workflow_dispatch', { inputs: await webhookInputs() })
    expect(indexOf(/build:preview|wrangler deploy/, run)).toBe(-1)
  })

  it('deploys no hosted preview until the Studio\'s address is set', () => {
    expect(indexOf(/build:preview|wrangler deploy/, stepsFor('push', { studioUrl: '' }))).toBe(-1)
  })

  it('restores node_modules and Astro\'s build cache keyed on the lockfile, installing only on a miss', () => {
    const caches = steps.filter((s) => s.uses?.startsWith('actions/cache@'))
    const dependencies = caches.find((s) => s.with?.path === 'node_modules')
    const astro = caches.find((s) => s.with?.path === 'node_modules/.astro')
    expect(dependencies?.with?.key).toContain("hashFiles('package-lock.json')")
    expect(astro?.with?.key).toContain("hashFiles('package-lock.json')")
    // The newest build cache is restored even though every run saves its own.
    expect(astro?.with?.['restore-keys']).toBeTruthy()

    for (const event of ['schedule', 'push']) {
      expect(indexOf(/^npm ci$/, stepsFor(event, { dependenciesCached: true })), event).toBe(-1)
      const cold = stepsFor(event, { dependenciesCached: false })
      // npm ci empties node_modules, so Astro's cache comes back after it.
      expect(cold.indexOf(cold.find((s) => s.with?.path === 'node_modules/.astro')!)).toBeGreaterThan(indexOf(/^npm ci$/, cold))
      expect(cold.indexOf(cold.find((s) => s.with?.path === 'node_modules/.astro')!)).toBeLessThan(indexOf(/^npm run build$/, cold))
    }
  })

  it('deploys with the wrangler pinned in the lockfile, downloading nothing at deploy time', () => {
    const deploy = stepRunning(/pages deploy site\/dist\b/, stepsFor('schedule'))!
    expect(deploy.run).toMatch(/^npx --no-install wrangler pages deploy /)
    expect(deploy.run).not.toMatch(/--yes|wrangler@/)
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }
    expect(pkg.devDependencies.wrangler).toMatch(/^\d+\.\d+\.\d+$/)
    const lock = JSON.parse(readFileSync(resolve(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> }
    expect(lock.packages['node_modules/wrangler']?.version).toBe(pkg.devDependencies.wrangler)
  })

  it('builds from the Sanity project and public address in the repository settings, the token from secrets', () => {
    const build = steps[indexOf(/^npm run build$/)]!
    expect(build.env).toMatchObject({
      SANITY_PROJECT_ID: '${{ vars.SANITY_PROJECT_ID }}',
      SITE_URL: '${{ vars.SITE_URL }}',
      SANITY_API_READ_TOKEN: '${{ secrets.SANITY_API_READ_TOKEN }}',
    })
    expect(build.env!.SANITY_DATASET).toMatch(/vars\.SANITY_DATASET/)
    // Never the drafts preview on the live site.
    expect(JSON.stringify(workflow)).not.toMatch(/SANITY_PERSPECTIVE|CAMPAIGN_PREVIEW/)
  })

  it('deploys from main only, so a run started on another branch publishes nothing', () => {
    const runs = (ref: string) => truthy(evaluate(job.if!.replace(/^\$\{\{|\}\}$/g, ''), { github: { event_name: 'workflow_dispatch', ref } }))
    expect(runs('refs/heads/main')).toBe(true)
    expect(runs('refs/heads/someone-else')).toBe(false)
  })

  it('keeps Sanity settings away from the tests, which build the demo dataset offline', () => {
    expect(steps[indexOf(/^npm test$/)]!.env).toBeUndefined()
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
