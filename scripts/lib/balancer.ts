/**
 * A small round-robin HTTP load balancer for `npm run start:cluster`, so several app instances can be
 * seen working behind one address on one machine. In production a real load balancer (nginx, HAProxy,
 * the cloud's) does this job, checking `/api/ready`; this one only skips an instance that refuses the
 * connection, and only for requests without a body (a request with a body may already have reached it).
 * Each answer names the instance that gave it (`X-Instance`: its port), to see the turns being taken.
 *
 * Like any proxy it appends the client's address to `X-Forwarded-For` and the scheme it was reached by
 * to `X-Forwarded-Proto`; the instances count it as one trusted proxy (TRUSTED_PROXY_HOPS).
 */
import { Agent, createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http'

import { withPeerAppended } from '../../payload/http/clientIp'

export type Backend = { port: number }

export type Balancer = {
  server: Server
  /** Stops accepting, closes idle connections, and resolves once every open one has ended. */
  close: () => Promise<void>
}

/** Headers that describe one connection, not the request: a proxy never passes them on. */
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer']

function forwardedHeaders(req: IncomingMessage): Record<string, string | string[] | undefined> {
  const headers: Record<string, string | string[] | undefined> = { ...req.headers }
  for (const name of HOP_BY_HOP) delete headers[name]
  headers['x-forwarded-for'] = withPeerAppended(req.headers['x-forwarded-for'], req.socket.remoteAddress)
  const proto = req.headers['x-forwarded-proto']
  headers['x-forwarded-proto'] = [...(proto ? [String(proto)] : []), 'http'].join(', ')
  if (!headers['x-forwarded-host'] && req.headers.host) headers['x-forwarded-host'] = req.headers.host
  return headers
}

function hasBody(req: IncomingMessage): boolean {
  return req.headers['content-length'] !== undefined ? req.headers['content-length'] !== '0' : req.headers['transfer-encoding'] !== undefined
}

/** Starts the balancer on `port`, spreading requests over `backends()` (read on every request). */
export function startBalancer({ port, backends }: { port: number; backends: () => Backend[] }): Promise<Balancer> {
  const agent = new Agent({ keepAlive: true })
  let next = 0
  let stopping = false
  const inFlight = new Set<ServerResponse>()

  function forward(req: IncomingMessage, res: ServerResponse, attemptsLeft: number) {
    const live = backends()
    if (live.length === 0) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '5' })
      res.end('No app instance is running.\n')
      return
    }
    const backend = live[next++ % live.length]
    const upstream = request(
      { host: '127.0.0.1', port: backend.port, method: req.method, path: req.url, headers: forwardedHeaders(req), agent },
      (answer) => {
        const headers = { ...answer.headers }
        for (const name of HOP_BY_HOP) delete headers[name]
        headers['x-instance'] = String(backend.port)
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, headers)
        answer.pipe(res)
      },
    )
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      if (res.headersSent) return res.destroy()
      // A stopped instance refuses at once; nothing of the request reached it.
      if (error.code === 'ECONNREFUSED' && attemptsLeft > 1 && !hasBody(req)) return forward(req, res, attemptsLeft - 1)
      res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '1' })
      res.end('The app instance did not answer.\n')
    })
    res.once('close', () => {
      if (!res.writableFinished) upstream.destroy()
    })
    req.pipe(upstream)
  }

  const server = createServer((req, res) => {
    // While stopping, this answer is the connection's last.
    if (stopping) res.shouldKeepAlive = false
    inFlight.add(res)
    res.once('close', () => {
      inFlight.delete(res)
      if (stopping) setImmediate(() => server.closeIdleConnections())
    })
    forward(req, res, Math.max(1, backends().length))
  })
  server.keepAliveTimeout = 5_000
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, () =>
      resolve({
        server,
        close: () =>
          new Promise<void>((done) => {
            stopping = true
            server.close(() => {
              agent.destroy()
              done()
            })
            server.closeIdleConnections()
            for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false
          }),
      }),
    )
  })
}
