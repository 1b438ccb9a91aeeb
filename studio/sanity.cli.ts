import { defineCliConfig } from 'sanity/cli'
import { dataset, isConnected, notConnectedMessage, projectId } from './env.ts'

if (!isConnected) console.warn(`\n⚠ ${notConnectedMessage}\n`)

export default defineCliConfig({
  api: { projectId, dataset },
  // Bundle the Studio's own copy of Sanity instead of loading it from Sanity's
  // servers at run time: the built Studio then matches the tested version.
  deployment: { autoUpdates: false },
})
