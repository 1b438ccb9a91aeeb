// The Content Lake stub (scripts/src/bench/content-lake-stub.ts) behind a proxy
// that adds what the real Lake sends when a client asks for stega: a Content
// Source Map (studio/test/support/lake/source-maps.ts).
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { startContentLakeStub, type ContentLakeStub } from '../../../scripts/src/bench/content-lake-stub.ts'
import { sourceMapFor } from '../../../studio/test/support/lake/source-maps.ts'

export interface PreviewLake {
  /** The proxy's address: the client's `apiHost`. */
  url: string
  stub: ContentLakeStub
  /** Authorization headers the proxy saw, in order. */
  authorizations: (string | undefined)[]
  close(): Promise<void>
}

async function body(request: IncomingMessage): Promise<string | undefined> {
  if (request.method !== 'POST') return undefined
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** The Viewer token the preview tests use: the stub is a private dataset, as the README sets one up. */
export const PREVIEW_TOKEN = 'viewer-token'

export async function startPreviewLake(datasetFile: string, projectId = 'preview', token = PREVIEW_TOKEN): Promise<PreviewLake> {
  const stub = await startContentLakeStub({ datasetFile, projectId, dataset: 'production', token })
  const authorizations: (string | undefined)[] = []
  const server = createServer(async (request, response) => {
    try {
      authorizations.push(request.headers.authorization)
      const url = new URL(request.url ?? '/', stub.url)
      const headers = { 'content-type': 'application/json', ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}) }
      const upstream = await fetch(url, { method: request.method, body: await body(request), headers })
      const answer = (await upstream.json()) as { result?: unknown; resultSourceMap?: unknown }
      if (upstream.ok && url.searchParams.has('resultSourceMap')) answer.resultSourceMap = sourceMapFor(answer.result)
      response.writeHead(upstream.status, { 'content-type': 'application/json; charset=utf-8' })
      response.end(JSON.stringify(answer))
    } catch (error) {
      response.writeHead(500, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ error: { description: String(error) } }))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    stub,
    authorizations,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await stub.close()
    },
  }
}
