import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { join } from 'node:path'
import { treeHash } from './tree-hash.ts'

/**
 * Every file of a built site as text, gzip files (Pagefind's index and fragments)
 * unpacked first, so a search for a name finds it wherever a reader or a crawler could.
 */
export function everyFileText(dir: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const path of treeHash(dir).keys()) {
    const bytes = readFileSync(join(dir, path))
    const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b
    out.set(path, (gzip ? gunzipSync(bytes) : bytes).toString('utf8'))
  }
  return out
}

/** The files that mention a word, ignoring case (Pagefind keeps its words in lower case). */
export function filesMentioning(files: Map<string, string>, word: string): string[] {
  const needle = word.toLowerCase()
  return [...files].filter(([, text]) => text.toLowerCase().includes(needle)).map(([path]) => path)
}
