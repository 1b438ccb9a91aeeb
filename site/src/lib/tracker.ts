import type { Nation } from '../content/index.ts'

/** The id of a nation's row in an ask's progress table, so the tracker can link straight to it. */
export const progressAnchor = (nation: Pick<Nation, 'slug'>): string => `in-${nation.slug}`
