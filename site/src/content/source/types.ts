/** One way content reaches the build: both kinds run the very same GROQ text. */
export interface ContentSource {
  /** Said in the build log, so it is never a mystery where the content came from. */
  readonly description: string
  fetch(query: string, params?: Record<string, unknown>): Promise<unknown>
  /** How an image asset becomes URLs; differs between the Content Lake's CDN and local files. */
  readonly images: ImageOrigin
  /** A check made once before the queries (the Content Lake's privacy check); returns warnings, throws to stop. */
  preflight?(): Promise<string[]>
}

export type ImageOrigin =
  | { kind: 'sanity-cdn'; projectId: string; dataset: string }
  | { kind: 'local-files'; files: ReadonlyMap<string, string> } // asset id -> absolute file path
