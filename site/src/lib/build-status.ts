import type { BuildSource, SiteContent } from '../content/index.ts'

/**
 * What /build.json says about a build, for the Studio's "Needs attention": when it
 * was built, from where, and which documents it left out. Ids, types, fields and
 * messages only: never a token, never a field's value.
 */
export interface BuildStatus {
  builtAt: string
  /** The build's clock (CAMPAIGN_NOW, or the same as builtAt). */
  clock: string
  source: BuildSource
  leftOut: { _id: string; _type: string; field: string; message: string }[]
}

export function buildStatus(content: SiteContent, builtAt: Date): BuildStatus {
  return {
    builtAt: builtAt.toISOString(),
    clock: content.now.toISOString(),
    source: content.origin,
    leftOut: content.leftOut.map((p) => ({ _id: p.id, _type: p.type, field: p.field, message: p.message })),
  }
}
