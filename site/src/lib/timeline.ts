import type { Milestone } from '../content/index.ts'
import { yearOf } from './dates.ts'

/** Milestones (already newest first) grouped by year, newest year first. */
export function byYear(milestones: readonly Milestone[]): { year: string; milestones: Milestone[] }[] {
  const years = new Map<string, Milestone[]>()
  for (const m of milestones) {
    const year = yearOf(m.date)
    years.set(year, [...(years.get(year) ?? []), m])
  }
  return [...years].map(([year, list]) => ({ year, milestones: list }))
}
