/**
 * The production HTTP server (what `npm start`, the tests and the benchmarks run; in production run
 * `npm run serve` after `npm run build`). It is Next.js's own request handler behind one rule: like
 * every proxy, it appends its socket peer to `x-forwarded-for`, so the address the app records is never
 * one the client wrote (payload/http/clientIp.ts). On SIGTERM or SIGINT it stops accepting connections,
 * lets the requests in flight finish (up to 10 s) and exits.
 */
import { createServer } from 'node:http'

import next from 'next'

import { withPeerAppended } from '../payload/http/clientIp'
import { PROJECT_ROOT } from './lib/env'

const DRAIN_MS = 10_000
const port = Number(process.env.PORT ?? 3000)

const app = next({ dev: false, dir: PROJECT_ROOT, port })
await app.prepare()
const handle = app.getRequestHandler()

const server = createServer((req, res) => {
  req.headers['x-forwarded-for'] = withPeerAppended(req.headers['x-forwarded-for'], req.socket.remoteAddress)
  void handle(req, res)
})
server.listen(port, () => console.log(`Serving on port ${port}`))

function shutDown() {
  server.close(() => process.exit(0))
  server.closeIdleConnections()
  setTimeout(() => {
    server.closeAllConnections()
    process.exit(0)
  }, DRAIN_MS).unref()
}
process.once('SIGTERM', shutDown)
process.once('SIGINT', shutDown)
