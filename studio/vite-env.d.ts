// The SANITY_STUDIO_* variables the Studio reads (see env.ts).
interface ImportMetaEnv {
  readonly SANITY_STUDIO_PROJECT_ID?: string
  readonly SANITY_STUDIO_DATASET?: string
}

interface ImportMeta {
  readonly env?: ImportMetaEnv
}
