import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'

/** Every file under a folder with a hash of its bytes: two equal maps mean a byte-for-byte equal tree. */
export function treeHash(dir: string): Map<string, string> {
  const out = new Map<string, string>()
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name)
      if (entry.isDirectory()) walk(full)
      else out.set(relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'))
    }
  }
  walk(dir)
  return out
}

/** All the text files of a built site, by path. */
export function readTextFiles(dir: string, pattern = /\.(html|xml|json|ics|txt|xsl)$/): Map<string, string> {
  const out = new Map<string, string>()
  for (const path of treeHash(dir).keys()) {
    if (pattern.test(path)) out.set(path, readFileSync(join(dir, path), 'utf8'))
  }
  return out
}
