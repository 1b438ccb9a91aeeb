import { defineCliConfig } from 'sanity/cli'

// The test build of the Studio (see sanity.config.ts here): the same CLI settings as ../../sanity.cli.ts.
export default defineCliConfig({
  api: { projectId: process.env.SANITY_STUDIO_PROJECT_ID, dataset: process.env.SANITY_STUDIO_DATASET },
  deployment: { autoUpdates: false },
})
