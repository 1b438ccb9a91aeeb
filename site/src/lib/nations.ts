import type { Ask, Milestone, Nation, NationProgress, SiteContent } from '../content/index.ts'

export interface NationView {
  nation: Nation
  /** Every ask, in order, with where it stands in this nation. */
  asks: { ask: Pick<Ask, 'title' | 'path' | 'language'>; progress: NationProgress }[]
  /** This nation's milestones, newest first. */
  milestones: Milestone[]
}

/** One nation's part in the campaign, gathered from the asks and the timeline. */
export function nationView(content: Pick<SiteContent, 'asks' | 'milestones'>, nation: Nation): NationView {
  return {
    nation,
    asks: content.asks.flatMap((ask) => {
      const progress = ask.progress.find((p) => p.nation.id === nation.id)
      return progress ? [{ ask, progress }] : []
    }),
    milestones: content.milestones.filter((m) => m.nation?.id === nation.id),
  }
}
