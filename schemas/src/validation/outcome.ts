/** A won ask says when it was won: the banner and the open data show the date. */
export function wonDateProblem(won: boolean | undefined | null, date: string | undefined | null): string | undefined {
  return won && !date ? 'Say when the ask was won: the site shows the date on the "Won" banner.' : undefined
}

/** Talking points are a few short points, never a whole letter (WriteToThem refuses identical letters). */
export function talkingPointProblem(point: string | undefined | null): string | undefined {
  if (!point?.trim()) return 'Write the point, or remove it.'
  return point.length > 200 ? 'Keep each point to one sentence (200 characters at most): readers write the letter in their own words.' : undefined
}
