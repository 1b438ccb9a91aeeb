import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** What the stub petition platform does with the next request. */
export type PlatformBehaviour = { kind: 'json'; body: unknown } | { kind: 'status'; status: number } | { kind: 'text'; body: string } | { kind: 'hang' }

export interface PetitionStub {
  url: string
  behave(next: PlatformBehaviour): void
  requests: number
  close(): Promise<void>
}

/** A petition platform on 127.0.0.1 that answers as told: petition JSON, an error, rubbish, or nothing at all. */
export async function startPetitionStub(initial: PlatformBehaviour): Promise<PetitionStub> {
  let behaviour = initial
  const stub = { requests: 0 } as PetitionStub
  const server: Server = createServer((req, res) => {
    stub.requests++
    const b = behaviour
    if (b.kind === 'hang') return // never answers; closed with the server
    if (b.kind === 'status') return res.writeHead(b.status).end('Service Unavailable')
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(b.kind === 'json' ? JSON.stringify(b.body) : b.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  stub.url = `http://127.0.0.1:${port}/petitions/300123.json`
  stub.behave = (next) => (behaviour = next)
  stub.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return stub
}

/** A UK Parliament petition as petition.parliament.uk publishes it (the fields the site reads, and some it does not). */
export function parliamentPetition(signatureCount: number) {
  return {
    links: { self: 'https://petition.parliament.uk/petitions/300123.json' },
    data: {
      type: 'petition',
      id: 300123,
      attributes: {
        action: 'Improve care for people living with secondary breast cancer',
        state: 'closed',
        signature_count: signatureCount,
        opened_at: '2019-10-01T09:00:00.000Z',
        closed_at: '2020-04-01T12:00:00.000Z',
        response_threshold_reached_at: '2019-10-20T11:12:00.000Z',
        debate_threshold_reached_at: '2020-01-08T16:40:00.000Z',
        scheduled_debate_date: '2020-02-24',
        government_response: { summary: 'The Government is committed to improving care for everyone with cancer.', responded_on: '2019-11-12' },
        debate: {
          debated_on: '2020-02-24',
          overview: 'MPs debated care for people living with secondary breast cancer.',
          transcript_url: 'https://hansard.parliament.uk/commons/2020-02-24/debates/example',
          video_url: 'javascript:alert(1)',
        },
      },
    },
  }
}
