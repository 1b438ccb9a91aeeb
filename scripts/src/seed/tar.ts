// A minimal, deterministic tar.gz writer (POSIX ustar): enough for a dataset export archive,
// with no dependency and the same bytes every run.
import { gzipSync } from 'node:zlib'

export interface TarEntry {
  /** Path inside the archive; folders end with `/`. */
  path: string
  /** File contents; omitted for a folder. */
  bytes?: Buffer
}

const BLOCK = 512

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`
}

/** ustar keeps names to 100 bytes, with up to 155 more in `prefix`, split at a `/`. */
function splitPath(path: string): { name: string; prefix: string } {
  if (Buffer.byteLength(path) <= 100) return { name: path, prefix: '' }
  const cut = path.lastIndexOf('/', path.length - 2)
  const prefix = path.slice(0, cut)
  const name = path.slice(cut + 1)
  if (cut < 0 || Buffer.byteLength(prefix) > 155 || Buffer.byteLength(name) > 100) {
    throw new Error(`Path too long for a tar archive: ${path}`)
  }
  return { name, prefix }
}

function header(entry: TarEntry, mtime: number): Buffer {
  const isFolder = entry.path.endsWith('/')
  const { name, prefix } = splitPath(entry.path)
  const block = Buffer.alloc(BLOCK)
  const put = (text: string, offset: number, width: number) => block.write(text, offset, width, 'utf8')
  put(name, 0, 100)
  put(octal(isFolder ? 0o755 : 0o644, 8), 100, 8)
  put(octal(0, 8), 108, 8) // uid
  put(octal(0, 8), 116, 8) // gid
  put(octal(isFolder ? 0 : (entry.bytes?.length ?? 0), 12), 124, 12)
  put(octal(mtime, 12), 136, 12)
  put('        ', 148, 8) // checksum counts as spaces while it is computed
  put(isFolder ? '5' : '0', 156, 1)
  put('ustar\0', 257, 6)
  put('00', 263, 2)
  put(prefix, 345, 155)
  const sum = block.reduce((total, byte) => total + byte, 0)
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8)
  return block
}

/** A gzipped tarball of the entries in the given order, every entry stamped with `mtime` (seconds). */
export function tarGz(entries: TarEntry[], mtime: number): Buffer {
  const parts: Buffer[] = []
  for (const entry of entries) {
    parts.push(header(entry, mtime))
    if (entry.bytes && !entry.path.endsWith('/')) {
      parts.push(entry.bytes)
      const padding = (BLOCK - (entry.bytes.length % BLOCK)) % BLOCK
      parts.push(Buffer.alloc(padding))
    }
  }
  parts.push(Buffer.alloc(BLOCK * 2)) // end of archive
  return gzipSync(Buffer.concat(parts), { level: 9 })
}
