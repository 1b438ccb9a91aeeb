/** Reads RFC 4180 CSV (quoted cells, doubled quotes, CRLF) into rows of cells: an independent check of the site's writer. */
export function parseCsv(input: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') (cell += '"'), i++
      else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') row.push(cell), (cell = '')
    else if (c === '\r' && input[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++
    } else if (c === '\n') throw new Error(`bare LF at ${i}: CSV lines end CRLF`)
    else cell += c
  }
  if (cell || row.length) throw new Error('the last line has no CRLF')
  return rows
}
