import { spawn } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'

export interface HubRequest {
  method: string
  contentType: string
  form: Record<string, string>
}

export interface StubHub {
  url: string
  requests: HubRequest[]
  /** The status the hub answers with: 204 (accepted) unless a test says otherwise. */
  status: number
  close(): Promise<void>
}

/** A WebSub hub on 127.0.0.1 that records every publish ping. */
export async function startStubHub(): Promise<StubHub> {
  const hub: StubHub = { url: '', requests: [], status: 204, close: async () => {} }
  const server: Server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      hub.requests.push({ method: req.method ?? '', contentType: req.headers['content-type'] ?? '', form: Object.fromEntries(new URLSearchParams(body)) })
      res.writeHead(hub.status, { 'Content-Type': 'text/plain' })
      res.end(hub.status >= 400 ? 'hub is having a bad day' : '')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  hub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hub`
  hub.close = () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())))
  return hub
}

const REPO = fileURLToPath(new URL('../../../', import.meta.url))
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm'

/** Runs `npm run notify-hub -w scripts` as an operator would, with the given settings. */
export function notifyHub(env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(NPM, ['run', '--silent', 'notify-hub', '-w', 'scripts'], {
      cwd: REPO,
      env: { ...process.env, WEBSUB_HUB: undefined, SITE_OUT_DIR: undefined, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })
}
