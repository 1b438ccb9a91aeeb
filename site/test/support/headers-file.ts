// Reads a `_headers` file the way Cloudflare Pages does: rules in order; a URL
// gets the headers of every rule whose pattern it matches (one `*` splat, or
// `:name` placeholders for one path segment); a header set by two rules is
// joined with ", "; a `! Name` line removes one set by an earlier rule. Each
// matching rule is applied in turn, its removals before its own headers, as
// Cloudflare's asset server does (workers-sdk, pages-shared/asset-server/handler.ts),
// so a rule can replace a header: `! Name` and then `Name: value`.

export interface HeaderRule {
  pattern: string
  set: [name: string, value: string][]
  detach: string[]
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), set: [], detach: [] })
      continue
    }
    const rule = rules.at(-1)
    if (!rule) throw new Error(`header line before any URL pattern: ${line}`)
    const detach = /^\s+!\s*(\S+)\s*$/.exec(line)
    if (detach) {
      rule.detach.push(detach[1]!.toLowerCase())
      continue
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line)
    if (!header) throw new Error(`not a header line: ${line}`)
    rule.set.push([header[1]!.toLowerCase(), header[2]!.trim()])
  }
  return rules
}

function matcher(pattern: string): RegExp {
  if ((pattern.match(/\*/g) ?? []).length > 1) throw new Error(`more than one splat in ${pattern}`)
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '(.*)' : part.startsWith(':') ? '([^/]+)' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('')
  return new RegExp(`^${source}$`)
}

/** The rules a path matches, in order. */
export function matchingRules(rules: HeaderRule[], path: string): HeaderRule[] {
  return rules.filter((rule) => matcher(rule.pattern).test(path))
}

/** The headers a response for this path gets (lower-case names). */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const headers = new Map<string, string[]>()
  for (const rule of matchingRules(rules, path)) {
    for (const name of rule.detach) headers.delete(name)
    for (const [name, value] of rule.set) headers.set(name, [...(headers.get(name) ?? []), value])
  }
  return Object.fromEntries([...headers].map(([name, values]) => [name, values.join(', ')]))
}

/** A Content-Security-Policy as directive -> sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  )
}
