// Imports the demo dataset into a real Sanity project: packs studio/seed/demo into an export
// tarball, then runs `sanity dataset import` from the Studio folder.
//
//   SANITY_STUDIO_PROJECT_ID=abc123 SANITY_STUDIO_DATASET=demo SANITY_AUTH_TOKEN=sk... npm run seed:import -w scripts
//
// The token needs write access (an Editor token from sanity.io/manage > API > Tokens).
// Existing documents with the same ids are replaced, so running it twice is safe.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { demoTarball, packDemo } from './pack.ts'

const studioFolder = resolve(import.meta.dirname, '../../../studio')

const REQUIRED = {
  SANITY_STUDIO_PROJECT_ID: 'the Sanity project id (sanity.io/manage)',
  SANITY_STUDIO_DATASET: 'the dataset to import into, e.g. "demo" (documents with the same ids are replaced)',
  SANITY_AUTH_TOKEN: 'a token with write access (sanity.io/manage > API > Tokens, "Editor")',
} as const

type Plan = { ok: true; args: string[]; env: NodeJS.ProcessEnv } | { ok: false; message: string }

/** What to run, or a message naming every setting that is missing. */
export function importPlan(env: NodeJS.ProcessEnv, tarball: string = demoTarball): Plan {
  const missing = Object.entries(REQUIRED).filter(([name]) => !env[name]?.trim())
  if (missing.length > 0) {
    return {
      ok: false,
      message: [
        'Cannot import the demo dataset: these environment variables are not set:',
        ...missing.map(([name, what]) => `  ${name}: ${what}`),
      ].join('\n'),
    }
  }
  const args = [
    'dataset',
    'import',
    tarball,
    '--project-id',
    env.SANITY_STUDIO_PROJECT_ID!.trim(),
    '--dataset',
    env.SANITY_STUDIO_DATASET!.trim(),
    '--replace',
  ]
  // The token goes in the environment, not on the command line where other users could see it.
  return { ok: true, args, env: { ...env, SANITY_IMPORT_TOKEN: env.SANITY_AUTH_TOKEN } }
}

async function main(): Promise<number> {
  const plan = importPlan(process.env)
  if (!plan.ok) {
    console.error(plan.message)
    return 2
  }
  await packDemo()
  // The Studio's own `sanity` CLI, so it reads studio/sanity.cli.ts and the Studio's versions.
  const sanityPackage = createRequire(join(studioFolder, 'package.json')).resolve('sanity/package.json')
  const sanityBin = join(dirname(sanityPackage), 'bin', 'sanity')
  console.log(`Importing ${demoTarball} into ${plan.env.SANITY_STUDIO_PROJECT_ID}/${plan.env.SANITY_STUDIO_DATASET}…`)
  const child = spawn(process.execPath, [sanityBin, ...plan.args], { cwd: studioFolder, env: plan.env, stdio: 'inherit' })
  return new Promise((done) => child.on('close', (code) => done(code ?? 1)))
}

if (import.meta.main) process.exitCode = await main()
