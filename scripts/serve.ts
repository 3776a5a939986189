/**
 * The production HTTP server (what `npm start`, the tests and the benchmarks run; in production run
 * `npm run serve` after `npm run build`). It is Next.js's own request handler behind two rules:
 * - like every proxy, it appends its socket peer to `x-forwarded-for`, so the address the app records is
 *   never one the client wrote (payload/http/clientIp.ts);
 * - every request gets an id (a well-formed `X-Request-Id` is kept), echoed in the response and in its
 *   log lines (payload/http/requestId.ts); answers of 500 and above are logged as one JSON line;
 * - a live portal session's diary autosave (`POST /api/diaries/<id>/entries`) is answered here, on the
 *   server's own small pg pool (payload/db/autosavePool.ts), before Next sees the request
 *   (collections/Diaries/serveAutosave.ts); what that path declines goes on to Next untouched.
 * On SIGTERM, SIGINT or SIGHUP, or when whatever started it has gone, it stops accepting connections,
 * closes idle keep-alive connections at once and each busy one after its response (Connection: close),
 * lets the requests in flight finish, and exits; after 10 s it closes whatever is left and exits.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'

import next from 'next'

import { createAutosaveHandler } from '../collections/Diaries/serveAutosave'
import { createAutosavePool } from '../payload/db/autosavePool'
import { withPeerAppended } from '../payload/http/clientIp'
import { requestIdFor, runWithRequestId } from '../payload/http/requestId'
import { PROJECT_ROOT } from './lib/env'
import { onStopSignal, stopWhenOrphaned } from './lib/lifecycle'

const DRAIN_MS = 10_000
const port = Number(process.env.PORT ?? 3000)

function log(level: 'info' | 'warn' | 'error', msg: string, fields: Record<string, unknown> = {}) {
  console.log(JSON.stringify({ level, time: new Date().toISOString(), pid: process.pid, msg, ...fields }))
}

const app = next({ dev: false, dir: PROJECT_ROOT, port })
await app.prepare()
const handle = app.getRequestHandler()

const autosavePool = createAutosavePool((err) => log('warn', 'an idle database connection broke', { err }))
/** Responses whose failure has its log line already: the server adds no second one. */
const failureLogged = new WeakSet<ServerResponse>()
const serveAutosave = createAutosaveHandler({
  db: autosavePool,
  logFailure: (res, requestId, err) => {
    failureLogged.add(res)
    log('error', 'diary autosave failed', { requestId, method: 'POST', status: 500, err })
  },
})

/** The autosave's own answer, or Next's when the autosave declines the request. */
async function respond(req: IncomingMessage, res: ServerResponse, requestId: string) {
  if (await serveAutosave(req, res, requestId)) return
  await handle(req, res)
}

let stopping = false
const inFlight = new Set<ServerResponse>()

const server = createServer((req, res) => {
  const requestId = requestIdFor(req.headers['x-request-id'])
  const started = Date.now()
  req.headers['x-request-id'] = requestId
  req.headers['x-forwarded-for'] = withPeerAppended(req.headers['x-forwarded-for'], req.socket.remoteAddress)
  res.setHeader('X-Request-Id', requestId)
  // While stopping, this answer is the connection's last: the client opens a new one elsewhere.
  if (stopping) res.shouldKeepAlive = false
  inFlight.add(res)
  res.once('close', () => {
    inFlight.delete(res)
    if (res.statusCode >= 500 && !failureLogged.has(res)) {
      // The path without its query string: a query may carry a token.
      const path = (req.url ?? '').split('?')[0]
      log('warn', 'request failed', { requestId, method: req.method, path, status: res.statusCode, ms: Date.now() - started })
    }
    if (stopping) setImmediate(() => server.closeIdleConnections())
  })
  runWithRequestId(requestId, () => void respond(req, res, requestId))
})
server.keepAliveTimeout = 5_000
server.listen(port, () => log('info', `Serving on port ${port}`))

function shutDown(reason: string) {
  if (stopping) return
  stopping = true
  log('info', 'stopping', { reason, inFlight: inFlight.size })
  server.close(() => void autosavePool.end().finally(() => process.exit(0)))
  server.closeIdleConnections()
  // A response still being written keeps its connection until it ends; the next request on it is refused.
  for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false
  setTimeout(() => {
    log('warn', 'requests still open after the drain time; closing them', { inFlight: inFlight.size })
    server.closeAllConnections()
    process.exit(1)
  }, DRAIN_MS).unref()
}
onStopSignal((signal) => shutDown(signal))
stopWhenOrphaned(() => shutDown('parent gone'))
