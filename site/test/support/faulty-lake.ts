import { createServer, request as forward, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Fault = 'http-500' | 'http-429' | 'hang' | 'malformed-json'

/**
 * Stands in front of the Content Lake stub and answers the first requests with
 * the given faults, then passes requests through, so a test can watch the
 * client retry, give up, or report what the Lake said.
 */
export async function faultyLake(target: string, faults: Fault[]): Promise<{ url: string; requests: () => number; close(): Promise<void> }> {
  const queue = [...faults]
  let requests = 0
  const server: Server = createServer((req, res) => {
    requests++
    const fault = queue.shift()
    if (fault === 'http-500') return void res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"Internal Server Error","message":"The Lake is down"}')
    if (fault === 'http-429') return void res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '0' }).end('{"error":"Too Many Requests","message":"Slow down"}')
    if (fault === 'hang') return // never answers; the client's timeout must fire
    if (fault === 'malformed-json') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"result": [1, 2,')
    const upstream = forward(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers)
      up.pipe(res)
    })
    req.pipe(upstream)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => requests,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()) }),
  }
}
