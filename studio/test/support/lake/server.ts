// A local Content Lake for the built Studio, on 127.0.0.1. One server, two names:
//   https://localhost:<port>/...               the built Studio (static files, every other path its index.html)
//   https://<projectId>.localhost:<port>/v...  the Sanity API for that project and one dataset
// The Studio's client asks for <projectId>.<apiHost>, and the test's Chromium sends every
// *.localhost name to 127.0.0.1, so no DNS and no network are involved.
// HTTP/2 (so TLS, with a certificate made for the run) as the real API speaks it: the
// Studio keeps a dozen listeners open, and over HTTP/1.1 Chromium's six connections
// per host would leave its queries waiting behind them.
// Anything the lake does not answer is logged in `unknown`, so a test can name it.
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2'
import type { AddressInfo } from 'node:net'
import type { TLSSocket } from 'node:tls'
import { generate } from 'selfsigned'
import { extname, join, normalize, sep } from 'node:path'
import { actionMutations, type Action } from './actions.ts'
import { LakeDocuments, MutationError, type DocumentChange, type MutationBody } from './documents.ts'
import { parsePerspective, viewOf } from '../../../../scripts/src/bench/perspectives.ts'
import { LAKE_DATASET, LAKE_PROJECT_ID, LAKE_USER, projectAnswer } from './project-api.ts'
import { listenerSees, paramsFrom, runQuery } from './queries.ts'
import { sourceMapFor } from './source-maps.ts'

/** The token the test logs in with; the lake refuses API requests without it. */
export const LAKE_TOKEN = 'sk-local-lake-editor'
export { LAKE_DATASET, LAKE_PROJECT_ID, LAKE_USER }

export interface LakeRequest {
  method: string
  path: string
  body?: unknown
}

export interface ContentLake {
  /** The Studio's address, e.g. http://localhost:41234 */
  studioUrl: string
  /**
   * The same API over plain HTTP/1.1 on 127.0.0.1, with no project in the host name,
   * for the hosted preview's Worker (its SANITY_API_HOST): workerd trusts no
   * certificate made for the run, and resolves no *.localhost name.
   */
  apiUrl: string
  documents: LakeDocuments
  /** Every mutation transaction received (from /mutate or turned from /actions), in order. */
  transactions: { path: string; mutations: MutationBody[] }[]
  /** Actions received on /data/actions, in order. */
  actions: Action[]
  /** Every query answered, in order: its GROQ and its parameters. */
  queries: { query: string; params: Record<string, unknown> }[]
  /** Requests the lake had no answer for. */
  unknown: LakeRequest[]
  close(): Promise<void>
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2' }

function cors(request: IncomingMessage): Record<string, string> {
  return {
    'access-control-allow-origin': request.headers.origin ?? '*',
    'access-control-allow-credentials': 'true',
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': request.headers['access-control-request-headers'] ?? 'authorization, content-type',
    'access-control-max-age': '600',
  }
}

function send(request: IncomingMessage, response: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body)
  response.writeHead(status, { ...cors(request), 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) })
  response.end(json)
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  return text ? (JSON.parse(text) as Record<string, unknown>) : {}
}

const withoutRev = (doc: object | null) => {
  if (!doc) return null
  const { _rev, ...rest } = doc as { _rev?: string }
  return rest
}

/** A listener's `mutation` event for one document change, in the fields the Studio reads. */
function mutationEvent(change: DocumentChange, transition: string, search: URLSearchParams, index: number, total: number) {
  return {
    type: 'mutation',
    eventId: `${change.transactionId}#${change.documentId}`,
    documentId: change.documentId,
    transactionId: change.transactionId,
    transition,
    identity: LAKE_USER.id,
    previousRev: change.before?._rev,
    resultRev: change.after?._rev ?? change.transactionId,
    timestamp: change.timestamp,
    visibility: 'query',
    transactionTotalEvents: total,
    transactionCurrentEvent: index + 1,
    ...(search.get('includeMutations') === 'false' ? {} : { mutations: change.mutations }),
    ...(search.get('includeResult') === 'false' ? {} : { result: change.after ?? undefined }),
    ...(search.get('includePreviousRevision') === 'true' ? { previous: change.before } : {}),
    // The simplest mendoza patch: "the value is now this" (the Studio applies it to the document without _rev).
    ...(search.get('effectFormat') === 'mendoza' ? { effects: { apply: [0, withoutRev(change.after)], revert: [0, withoutRev(change.before)] } } : {}),
  }
}

export interface LakeOptions {
  /** The built Studio to serve. */
  studioDir: string
  /** A dataset export file: the lake's starting content. */
  datasetFile: string
}

export async function startContentLake({ studioDir, datasetFile }: LakeOptions): Promise<ContentLake> {
  const documents = LakeDocuments.fromDatasetFile(datasetFile, LAKE_PROJECT_ID, LAKE_DATASET)
  const transactions: ContentLake['transactions'] = []
  const queries: ContentLake['queries'] = []
  const actions: Action[] = []
  const unknown: LakeRequest[] = []
  const apiHost = `${LAKE_PROJECT_ID}.localhost`

  const serveStudio = (request: IncomingMessage, response: ServerResponse) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    // Image URLs: with its own apiHost the Studio asks that host, not cdn.sanity.io, for /images/<project>/<dataset>/<file>.
    const image = new RegExp(`^/images/${LAKE_PROJECT_ID}/${LAKE_DATASET}/([^/]+)$`).exec(path)
    if (image) {
      const file = documents.imageFiles.get(image[1]!)
      response.writeHead(file ? 200 : 404, { 'content-type': TYPES[extname(image[1]!)] ?? 'application/octet-stream' })
      return file ? void createReadStream(file).pipe(response) : void response.end()
    }
    let file = normalize(join(studioDir, path))
    if (!file.startsWith(studioDir + sep) || !existsSync(file) || statSync(file).isDirectory()) file = join(studioDir, 'index.html')
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(response)
  }

  const listen = (request: IncomingMessage, response: ServerResponse, search: URLSearchParams) => {
    const query = search.get('query') ?? ''
    const params = paramsFrom(search)
    response.writeHead(200, { ...cors(request), 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
    response.write(`event: welcome\ndata: ${JSON.stringify({ listenerName: `lake-${Date.now()}` })}\n\n`)
    const unsubscribe = documents.subscribe((changes) => {
      void (async () => {
        const seen = []
        for (const change of changes) {
          const [was, is] = [await listenerSees(query, params, change.before), await listenerSees(query, params, change.after)]
          if (was || is) seen.push({ change, transition: was && is ? 'update' : is ? 'appear' : 'disappear' })
        }
        seen.forEach(({ change, transition }, i) => {
          response.write(`event: mutation\nid: ${change.transactionId}#${change.documentId}\ndata: ${JSON.stringify(mutationEvent(change, transition, search, i, seen.length))}\n\n`)
        })
      })()
    })
    request.on('close', unsubscribe)
  }

  const commit = (path: string, mutations: MutationBody[], transactionId?: string) => {
    const changes = documents.commit(mutations, transactionId)
    transactions.push({ path, mutations })
    return changes
  }

  const api = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://x')
    const path = url.pathname.replace(/^\/v[^/]+/, '')
    const method = request.method ?? 'GET'
    if (method === 'OPTIONS') {
      response.writeHead(204, cors(request))
      return response.end()
    }
    // The protocol check the Studio makes before it logs in.
    if (/^\/(data\/)?ping(\/|$)/.test(path)) return send(request, response, 200, { message: 'PONG' })
    if (path === '/check/cors') return send(request, response, 200, { result: true })
    // The Live Content API (Presentation opens it): the lake says welcome and never sends news.
    if (new RegExp(`^/data/live/events/${LAKE_DATASET}$`).test(path) && method === 'GET') {
      response.writeHead(200, { ...cors(request), 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
      return void response.write(`event: welcome\ndata: {}\n\n`)
    }
    if (request.headers.authorization !== `Bearer ${LAKE_TOKEN}`) {
      return send(request, response, 401, { error: 'Unauthorized', message: 'Session not found', statusCode: 401 })
    }
    const data = `/data/`
    const [, kind, dataset, rest] = /^\/data\/([^/]+)\/([^/]+)\/?(.*)$/.exec(path) ?? []
    if (path.startsWith(data) && dataset !== LAKE_DATASET) {
      return send(request, response, 404, { error: { description: `Dataset "${dataset}" not found for project ID "${LAKE_PROJECT_ID}"`, type: 'httpNotFound' } })
    }
    const known = method === 'GET' ? projectAnswer(path) : undefined
    if (known) return send(request, response, 200, known.body)
    if (path === '/users/me/keyvalue' && method === 'PUT') return send(request, response, 200, await readJson(request))
    if (kind === 'query' && (method === 'GET' || method === 'POST')) {
      const body = method === 'POST' ? await readJson(request) : {}
      const query = String(body.query ?? url.searchParams.get('query') ?? '')
      const params = (body.params as Record<string, unknown>) ?? paramsFrom(url.searchParams)
      const perspective = parsePerspective(url.searchParams.get('perspective') ?? (body.perspective as string | undefined))
      try {
        queries.push({ query, params })
        const result = await runQuery(query, params, viewOf(documents.all(), perspective))
        // The hosted preview asks for a source map, to hide click-to-edit links in its text.
        const sourceMap = url.searchParams.has('resultSourceMap') ? { resultSourceMap: sourceMapFor(result) } : {}
        return send(request, response, 200, { query, result, ...sourceMap, ms: 1 })
      } catch (error) {
        return send(request, response, 400, { error: { description: (error as Error).message, type: 'queryParseError', query } })
      }
    }
    if (kind === 'doc' && method === 'GET') {
      const ids = decodeURIComponent(rest ?? '').split(',').filter(Boolean)
      const found = ids.map((id) => documents.get(id)).filter(Boolean)
      const omitted = ids.filter((id) => !documents.get(id)).map((id) => ({ id, reason: 'existence' }))
      return send(request, response, 200, { documents: found, omitted })
    }
    // The lake keeps no history: a document's review panel shows no earlier changes.
    if (kind === 'history' && rest?.startsWith('events/')) return send(request, response, 200, { events: {}, nextCursor: '' })
    if (kind === 'history' && rest?.startsWith('transactions/')) {
      response.writeHead(200, { ...cors(request), 'content-type': 'application/x-ndjson' })
      return response.end()
    }
    if (kind === 'listen' && method === 'GET') return listen(request, response, url.searchParams)
    if ((kind === 'mutate' || kind === 'actions') && method === 'POST') {
      const body = await readJson(request)
      try {
        const transactionId = typeof body.transactionId === 'string' ? body.transactionId : undefined
        let mutations = body.mutations as MutationBody[]
        if (kind === 'actions') {
          const list = (Array.isArray(body.actions) ? body.actions : [body.actions]) as Action[]
          mutations = list.flatMap((action) => actionMutations(action, (id) => documents.get(id)))
        }
        // A delete by query (Presentation clears expired preview secrets so): one delete per document it finds.
        mutations = (
          await Promise.all(
            mutations.map(async (mutation) => {
              const query = mutation.delete?.query
              if (typeof query !== 'string') return [mutation]
              const found = (await runQuery(query, (mutation.delete!.params as Record<string, unknown>) ?? {}, documents.all())) as { _id: string }[]
              return found.map(({ _id }) => ({ delete: { id: _id } }))
            }),
          )
        ).flat()
        // A dry run (the Studio's permission check) answers as the real thing would, and changes nothing.
        if (body.dryRun === true || url.searchParams.get('dryRun') === 'true') return send(request, response, 200, { transactionId: 'dry-run', results: [] })
        if (kind === 'actions') actions.push(...(Array.isArray(body.actions) ? body.actions : [body.actions]))
        const changes = commit(path, mutations, transactionId)
        const results = changes.map(({ documentId, before, after }) => ({ id: documentId, operation: !after ? 'delete' : before ? 'update' : 'create' }))
        const answer = kind === 'actions' ? { transactionId: changes[0]?.transactionId } : { transactionId: changes[0]?.transactionId, results }
        if (url.searchParams.get('returnDocuments') === 'true') Object.assign(answer, { documents: changes.map((c) => c.after).filter(Boolean) })
        return send(request, response, 200, answer)
      } catch (error) {
        if (!(error instanceof MutationError)) throw error
        return send(request, response, error.status, { error: { description: error.message, type: error.type } })
      }
    }
    const body = method === 'POST' ? await readJson(request).catch(() => undefined) : undefined
    unknown.push({ method, path: url.pathname + url.search, body })
    return send(request, response, 404, { error: 'Not Found', message: `The local Content Lake does not answer ${method} ${url.pathname}`, statusCode: 404 })
  }

  const { private: key, cert } = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 2, value: apiHost }] }],
  })
  const sockets = new Set<TLSSocket>()
  const server = createSecureServer({ key, cert, allowHTTP1: true }, (h2request: Http2ServerRequest, h2response: Http2ServerResponse) => {
    // The HTTP/1 and HTTP/2 request objects share the API used here.
    const request = h2request as unknown as IncomingMessage
    const response = h2response as unknown as ServerResponse
    const host = (request.headers[':authority'] ?? request.headers.host ?? '').toString().replace(/:\d+$/, '')
    const handle = host === apiHost ? api(request, response) : Promise.resolve(serveStudio(request, response))
    handle.catch((error: unknown) => {
      unknown.push({ method: request.method ?? 'GET', path: `${request.url} (failed: ${String(error)})` })
      if (!response.headersSent) send(request, response, 500, { error: { description: String(error) } })
    })
  })
  server.on('secureConnection', (socket: TLSSocket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  // The Studio's presence socket (who else is editing): the lake does not speak it.
  server.on('upgrade', (request, socket) => {
    unknown.push({ method: 'WEBSOCKET', path: request.url ?? '' })
    socket.destroy()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const plain = createServer((request, response) => {
    api(request, response).catch((error: unknown) => {
      unknown.push({ method: request.method ?? 'GET', path: `${request.url} (failed: ${String(error)})` })
      if (!response.headersSent) send(request, response, 500, { error: { description: String(error) } })
    })
  })
  await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve))
  return {
    studioUrl: `https://localhost:${port}`,
    apiUrl: `http://127.0.0.1:${(plain.address() as AddressInfo).port}`,
    documents,
    transactions,
    queries,
    actions,
    unknown,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of sockets) socket.destroy()
        plain.closeAllConnections()
        plain.close()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
