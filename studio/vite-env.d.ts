// The SANITY_STUDIO_* variables the Studio reads (see env.ts and urls.ts).
interface ImportMetaEnv {
  readonly SANITY_STUDIO_PROJECT_ID?: string
  readonly SANITY_STUDIO_DATASET?: string
  /** The drafts preview site shown in the Presentation tool (default http://localhost:4321). */
  readonly SANITY_STUDIO_PREVIEW_URL?: string
  /** The public site, for "Open on site". */
  readonly SANITY_STUDIO_SITE_URL?: string
}

interface ImportMeta {
  readonly env?: ImportMetaEnv
}
