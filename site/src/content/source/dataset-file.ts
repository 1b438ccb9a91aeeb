import { closeSync, existsSync, mkdtempSync, openSync, readSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { evaluate, parse, type ExprNode } from 'groq-js'
import { extract } from 'tar'
import { ContentError, SourceError, type ContentProblem } from '../problems.ts'
import { onlyTypeRead } from './query-type.ts'
import type { ContentSource } from './types.ts'

type SanityDocument = { _id: string; _type: string; [field: string]: unknown }

/** What `sanity dataset export` writes in place of an image's asset reference. */
const EXPORTED_ASSET = /^image@file:\/\/\.\/images\/(([0-9a-f]+)-(\d+)x(\d+)\.([a-z0-9]+))$/i

/** Drafts and release versions exist in an export, but only published documents may reach the site. */
export function isPublishedId(id: string): boolean {
  return !id.startsWith('drafts.') && !id.startsWith('versions.')
}

export interface DatasetFile {
  /** Published documents, with exported image fields turned back into asset references. */
  documents: SanityDocument[]
  /** Image asset id -> the file in the export's images/ folder. */
  files: Map<string, string>
  /** How many drafts and release versions were left out. */
  held: number
}

/**
 * Reads a dataset file (NDJSON, or an export tarball with its `images/`) as the
 * Content Lake's published perspective would hold it; with `everyVersion`, drafts
 * and release versions too (as the raw perspective would: for test Content Lakes).
 */
export function readDatasetFile(path: string, { everyVersion = false } = {}): DatasetFile {
  const ndjsonPath = locateNdjson(resolve(path))
  const imagesDir = join(dirname(ndjsonPath), 'images')
  const documents: SanityDocument[] = []
  const files = new Map<string, string>()
  const problems: ContentProblem[] = []
  let held = 0

  // An image many documents use is looked for once.
  const found = new Map<string, boolean>()
  const exists = (file: string) => found.get(file) ?? found.set(file, existsSync(file)).get(file)!
  let index = -1
  for (const line of linesOf(ndjsonPath)) {
    index += 1
    if (!line.trim()) continue
    let doc: SanityDocument
    try {
      doc = JSON.parse(line)
    } catch {
      throw new SourceError(`${ndjsonPath} line ${index + 1} is not valid JSON`)
    }
    if (typeof doc?._id !== 'string' || typeof doc._type !== 'string') {
      throw new SourceError(`${ndjsonPath} line ${index + 1} has no _id or _type`)
    }
    if (!everyVersion && !isPublishedId(doc._id)) {
      held++
      continue
    }
    const report = (field: string, message: string) =>
      problems.push({ type: doc._type, id: doc._id, field, message })
    // Only documents with an exported image need the walk.
    const exported = occurrences(line, '"_sanityAsset"')
    if (exported) replaceExportedAssets(doc, exported, imagesDir, files, exists, report)
    documents.push(doc)
  }
  if (problems.length) throw new ContentError(problems, `The dataset file ${path} has problems`)
  return { documents, files, held }
}

/**
 * A file's lines, read a megabyte at a time: a 160 MiB export is never held as one
 * string (with its lines beside it) while its documents are parsed, which set the
 * build's memory high-water mark for the rest of the build.
 */
function* linesOf(path: string): Generator<string> {
  const fd = openSync(path, 'r')
  try {
    const chunk = Buffer.allocUnsafe(1 << 20)
    let rest = Buffer.alloc(0)
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
      const data = rest.length ? Buffer.concat([rest, chunk.subarray(0, read)]) : chunk.subarray(0, read)
      let start = 0
      for (let end = data.indexOf(10, start); end !== -1; end = data.indexOf(10, start)) {
        yield data.toString('utf8', start, end)
        start = end + 1
      }
      // A copy: `chunk` is read into again.
      rest = Buffer.from(data.subarray(start))
    }
    if (rest.length) yield rest.toString('utf8')
  } finally {
    closeSync(fd)
  }
}

/**
 * A dataset file served through groq-js, Sanity's own GROQ engine: same queries,
 * same asset references as the Content Lake.
 */
export function openDatasetFile(path: string): ContentSource {
  const { documents, files, held } = readDatasetFile(path)
  const byId = new Map(documents.map((doc) => [doc._id, doc]))
  const byType = new Map<string, SanityDocument[]>()
  for (const doc of documents) {
    const ofType = byType.get(doc._type)
    if (ofType) ofType.push(doc)
    else byType.set(doc._type, [doc])
  }
  const parsed = new Map<string, { tree: ExprNode; type: string | null }>()
  return {
    description: `dataset file ${path} (${documents.length} published documents; ${held} drafts or release versions left out)`,
    images: { kind: 'local-files', files },
    async fetch(query, params = {}) {
      let plan = parsed.get(query)
      if (!plan) {
        const tree = parse(query)
        parsed.set(query, (plan = { tree, type: onlyTypeRead(tree) }))
      }
      const value = await evaluate(plan.tree, {
        dataset: plan.type === null ? documents : (byType.get(plan.type) ?? []),
        params,
        // A map lookup, not groq-js's default scan of the whole dataset for every `->`.
        dereference: ({ _ref }) => byId.get(_ref),
      })
      return value.get()
    },
  }
}

function occurrences(text: string, part: string): number {
  let count = 0
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + part.length)) count++
  return count
}

/**
 * Rewrites `_sanityAsset` fields into the `asset` references the Content Lake would
 * hold. The walk stops once it has found as many as the line holds (`expected`), and
 * a field's path is only spelled out for a problem: at 20,000 updates, each with an
 * image, walking every node of every body, naming each, took over a second.
 */
function replaceExportedAssets(
  doc: SanityDocument,
  expected: number,
  imagesDir: string,
  files: Map<string, string>,
  exists: (file: string) => boolean,
  report: (field: string, message: string) => void,
): void {
  let left = expected
  const path: (string | number)[] = []
  const here = () => path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i ? `.${part}` : part)).join('')
  const visit = (value: object): void => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length && left > 0; i++) {
        const item: unknown = value[i]
        if (!item || typeof item !== 'object') continue
        path.push(i)
        visit(item)
        path.pop()
      }
      return
    }
    const record = value as Record<string, unknown>
    const exported = record._sanityAsset
    if (typeof exported === 'string') {
      left -= 1
      replaceAsset(record, exported)
    }
    for (const key in record) {
      const child = record[key]
      if (left === 0) return
      if (!child || typeof child !== 'object') continue
      path.push(key)
      visit(child)
      path.pop()
    }
  }
  const replaceAsset = (record: Record<string, unknown>, exported: string) => {
    const match = EXPORTED_ASSET.exec(exported)
    if (!match) return report(here(), `image "${exported}" is not in the form image@file://./images/<sha1>-<width>x<height>.<ext>`)
    const [, fileName, sha1, width, height, ext] = match as unknown as string[]
    const file = join(imagesDir, fileName!)
    const assetId = `image-${sha1}-${width}x${height}-${ext!.toLowerCase()}`
    if (!exists(file)) report(here(), `image file images/${fileName} is missing from the dataset`)
    files.set(assetId, file)
    delete record._sanityAsset
    record.asset = { _type: 'reference', _ref: assetId }
  }
  visit(doc)
}

/** An export tarball is unpacked to a temporary folder that lives as long as the build. */
function locateNdjson(path: string): string {
  if (!existsSync(path)) throw new SourceError(`DATASET_FILE ${path} does not exist`)
  if (!/\.(tar\.gz|tgz)$/.test(path)) return path

  const dir = mkdtempSync(join(tmpdir(), 'campaign-dataset-'))
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  try {
    extract({ file: path, cwd: dir, sync: true, strict: true })
  } catch (error) {
    throw new SourceError(`DATASET_FILE ${path} could not be unpacked: ${(error as Error).message}`)
  }
  const ndjsonPath = findFile(dir, 'data.ndjson')
  if (!ndjsonPath) throw new SourceError(`DATASET_FILE ${path} holds no data.ndjson`)
  return ndjsonPath
}

function findFile(dir: string, name: string, depth = 2): string | undefined {
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry)
    if (entry === name) return full
    if (depth > 0 && statSync(full).isDirectory()) {
      const found = findFile(full, name, depth - 1)
      if (found) return found
    }
  }
  return undefined
}
