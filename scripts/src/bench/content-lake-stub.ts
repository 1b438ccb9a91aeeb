// A stand-in for Sanity's Content Lake query API, on 127.0.0.1, so a build that reads
// from "Sanity" can run offline and we can count the requests it makes.
//
// It answers what @sanity/client 8 sends with `apiHost: <stub url>`, `useProjectHostname: false`:
//   GET  /v<apiVersion>/data/query/<dataset>?query=<groq>&$<name>=<json>&perspective=published
//   POST /v<apiVersion>/data/query/<dataset>  body {"query": ..., "params": {...}}
// with the Content Lake's response shape {"query", "result", "ms"}, the result computed by
// groq-js over the dataset file's published documents, or, with `perspective=drafts` (or
// a release stack), with the file's drafts and release versions standing in for them.
//
// CLI: node scripts/src/bench/content-lake-stub.ts --data /abs/data.ndjson [--port 0] [--token <viewer token>]
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { parseArgs } from 'node:util'
import { evaluate, parse } from 'groq-js'
import { parseAssetId } from '../../../site/src/content/images.ts'
import { isPublishedId, readDatasetFile } from '../../../site/src/content/source/dataset-file.ts'
import { parsePerspective, viewOf } from './perspectives.ts'

type Doc = { _id: string; _type: string } & Record<string, unknown>

export interface ContentLakeStub {
  /** e.g. http://127.0.0.1:41234: the client's `apiHost`. */
  url: string
  dataset: string
  /** Published documents, with image asset documents added. */
  documents: Doc[]
  /** The file's drafts and release versions, for queries that ask for a perspective other than published. */
  versions: Doc[]
  /** Every HTTP request received, whatever it asked for. */
  readonly requests: number
  /** Each query answered, in order, with the HTTP method the client chose. */
  queries: Array<{ method: string; query: string }>
  close(): Promise<void>
}

export interface StubOptions {
  datasetFile: string
  projectId?: string
  dataset?: string
  port?: number
  /**
   * A private dataset: only requests with `Authorization: Bearer <token>` see its
   * documents; anonymous ones see none, as the Lake answers them. Without it the
   * stub is a public dataset, which a build refuses when it holds stories.
   */
  token?: string
}

/** The asset document the Content Lake holds for an uploaded image. */
export function imageAsset(assetId: string, projectId: string, dataset: string): Doc {
  const asset = parseAssetId(assetId)
  if (!asset) throw new Error(`${assetId} is not an image asset id`)
  const { hash, width, height, ext } = asset
  const file = `${hash}-${width}x${height}.${ext}`
  return {
    _id: assetId,
    _type: 'sanity.imageAsset',
    assetId: hash,
    sha1hash: hash,
    extension: ext,
    mimeType: `image/${ext === 'jpg' ? 'jpeg' : ext}`,
    originalFilename: file,
    path: `images/${projectId}/${dataset}/${file}`,
    url: `https://cdn.sanity.io/images/${projectId}/${dataset}/${file}`,
    metadata: {
      _type: 'sanity.imageMetadata',
      dimensions: { _type: 'sanity.imageDimensions', width, height, aspectRatio: width / height },
    },
  }
}

/**
 * The published documents of a dataset export file, as the Content Lake would hold
 * them: read by the site's own dataset-file reader, plus the image asset documents.
 */
export async function loadPublishedDocuments(file: string, projectId = 'bench', dataset = 'production'): Promise<Doc[]> {
  const { documents, files } = readDatasetFile(file)
  return [...documents, ...[...files.keys()].map((assetId) => imageAsset(assetId, projectId, dataset))]
}


const QUERY_PATH = /^\/v([^/]+)\/data\/query\/([^/]+)$/

function send(response: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body)
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) })
  response.end(json)
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export async function startContentLakeStub(options: StubOptions): Promise<ContentLakeStub> {
  const projectId = options.projectId ?? 'bench'
  const dataset = options.dataset ?? 'production'
  const documents = await loadPublishedDocuments(options.datasetFile, projectId, dataset)
  const versions = (readDatasetFile(options.datasetFile, { everyVersion: true }).documents as Doc[]).filter(({ _id }) => !isPublishedId(_id))
  // A map lookup for `->`, not groq-js's default scan of every document per reference:
  // the Content Lake answers from an index, and a 20,000-update scan per `->` would
  // make the stub, not the build, the thing being measured.
  const byId = new Map(documents.map((doc) => [doc._id, doc]))
  const queries: ContentLakeStub['queries'] = []
  let requests = 0

  const answer = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    requests += 1
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const match = QUERY_PATH.exec(url.pathname)
    if (!match || (request.method !== 'GET' && request.method !== 'POST')) {
      send(response, 404, { error: 'Not Found', message: `The stub answers only GET/POST /v<version>/data/query/${dataset}` })
      return
    }
    if (match[2] !== dataset) {
      send(response, 404, { error: { description: `Dataset "${match[2]}" not found`, type: 'datasetNotFoundError' } })
      return
    }
    let query: string
    let params: Record<string, unknown> = {}
    try {
      if (request.method === 'POST') {
        const body = JSON.parse(await readBody(request)) as { query?: unknown; params?: Record<string, unknown> }
        query = String(body.query ?? '')
        params = body.params ?? {}
      } else {
        query = url.searchParams.get('query') ?? ''
        for (const [name, value] of url.searchParams) if (name.startsWith('$')) params[name.slice(1)] = JSON.parse(value)
      }
    } catch (error) {
      send(response, 400, { error: { description: `Bad request: ${(error as Error).message}`, type: 'httpBadRequest' } })
      return
    }
    queries.push({ method: request.method, query })
    const started = performance.now()
    const readable = !options.token || request.headers.authorization === `Bearer ${options.token}`
    try {
      const tree = parse(query, { params })
      // API 2025-02-19 reads published documents unless told otherwise.
      const perspective = parsePerspective(url.searchParams.get('perspective') ?? 'published')
      const published = perspective.length === 1 && perspective[0] === 'published'
      const view = published ? documents : viewOf([...documents, ...versions], perspective)
      const viewById = published ? byId : new Map(view.map((doc) => [doc._id, doc]))
      const value = await evaluate(tree, {
        dataset: readable ? view : [],
        params,
        sanity: { projectId, dataset },
        dereference: ({ _ref }) => viewById.get(_ref) ?? null,
      })
      const result = await value.get()
      const ms = Math.max(1, Math.round(performance.now() - started))
      const withQuery = url.searchParams.get('returnQuery') !== 'false'
      send(response, 200, { ...(withQuery ? { query } : {}), result, ms })
    } catch (error) {
      send(response, 400, { error: { description: (error as Error).message, type: 'queryParseError', query } })
    }
  }

  const server = createServer((request, response) => {
    answer(request, response).catch((error: unknown) => send(response, 500, { error: { description: String(error) } }))
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    dataset,
    documents,
    versions,
    get requests() {
      return requests
    },
    queries,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { data: { type: 'string' }, port: { type: 'string', default: '0' }, dataset: { type: 'string', default: 'production' }, token: { type: 'string' } } })
  if (!values.data) {
    console.error('Usage: node scripts/src/bench/content-lake-stub.ts --data /abs/data.ndjson [--port 0] [--dataset production]')
    process.exit(2)
  }
  const stub = await startContentLakeStub({ datasetFile: values.data, port: Number(values.port), dataset: values.dataset, token: values.token })
  const token = values.token ? ` SANITY_API_READ_TOKEN=${values.token}` : ''
  console.log(`Content Lake stub on ${stub.url} (${stub.documents.length} documents). Use SANITY_API_HOST=${stub.url} SANITY_PROJECT_ID=bench SANITY_DATASET=${stub.dataset}${token}`)
  process.on('SIGINT', () => {
    console.log(`${stub.requests} requests answered`)
    void stub.close().then(() => process.exit(0))
  })
}
