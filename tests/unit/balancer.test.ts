/** The cluster's local balancer (scripts/lib/balancer.ts) in front of two stand-in instances. */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { startBalancer, type Backend, type Balancer } from '@/scripts/lib/balancer'

type Seen = { instance: string; forwardedFor?: string; forwardedProto?: string; body: string }

/** An instance that answers with its name and what the balancer told it. */
async function instance(name: string): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      const seen: Seen = { instance: name, forwardedFor: req.headers['x-forwarded-for'] as string, forwardedProto: req.headers['x-forwarded-proto'] as string, body }
      res.setHeader('Content-Type', 'application/json')
      res.end(JSON.stringify(seen))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, port: (server.address() as AddressInfo).port }
}

const opened: Array<{ close: () => unknown }> = []
afterEach(async () => {
  for (const thing of opened.splice(0)) await thing.close()
})

async function balancerOver(backends: Backend[]): Promise<{ balancer: Balancer; url: string }> {
  const balancer = await startBalancer({ port: 0, backends: () => backends })
  opened.push(balancer)
  return { balancer, url: `http://127.0.0.1:${(balancer.server.address() as AddressInfo).port}` }
}

describe('the cluster balancer', () => {
  it('takes turns between the instances and passes the body on', async () => {
    const [one, two] = await Promise.all([instance('one'), instance('two')])
    opened.push({ close: () => one.server.close() }, { close: () => two.server.close() })
    const { url } = await balancerOver([{ port: one.port }, { port: two.port }])
    const answers: Seen[] = []
    const named: Array<string | null> = []
    for (let i = 0; i < 4; i++) {
      const response = await fetch(`${url}/api/x`, { method: 'POST', body: `answer ${i}` })
      named.push(response.headers.get('x-instance'))
      answers.push(await response.json())
    }
    expect(answers.map((seen) => seen.instance)).toEqual(['one', 'two', 'one', 'two'])
    expect(named).toEqual([one.port, two.port, one.port, two.port].map(String))
    expect(answers.map((seen) => seen.body)).toEqual(['answer 0', 'answer 1', 'answer 2', 'answer 3'])
  })

  it('appends the client address and scheme, keeping what the client wrote to the left', async () => {
    const one = await instance('one')
    opened.push({ close: () => one.server.close() })
    const { url } = await balancerOver([{ port: one.port }])
    const seen: Seen = await (await fetch(`${url}/`, { headers: { 'X-Forwarded-For': '203.0.113.9', 'X-Forwarded-Proto': 'https' } })).json()
    expect(seen.forwardedFor).toBe('203.0.113.9, 127.0.0.1')
    expect(seen.forwardedProto).toBe('https, http')
  })

  it('skips an instance that refuses the connection, and answers 503 when none is left', async () => {
    const one = await instance('one')
    opened.push({ close: () => one.server.close() })
    const gone = await instance('gone')
    await new Promise((resolve) => gone.server.close(resolve))
    const backends = [{ port: gone.port }, { port: one.port }]
    const { url } = await balancerOver(backends)
    for (let i = 0; i < 3; i++) expect(((await (await fetch(`${url}/`)).json()) as Seen).instance).toBe('one')
    backends.splice(0)
    const none = await fetch(`${url}/`)
    expect(none.status).toBe(503)
    expect(none.headers.get('retry-after')).toBe('5')
  })
})
