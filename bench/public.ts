/**
 * `npm run bench:public`: how close the CMS-driven procedure page comes to a plain static file.
 * Serves /procedures/medial-branch-block from the production server, saves the same HTML, serves it
 * with a bare Node static file server, and loads both with the same autocannon settings. Also prints the
 * JavaScript the page makes a browser download: each script file's compressed size as the server sends it.
 */
import { createReadStream, mkdtempSync, statSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { freePort } from '../scripts/lib/database'
import { formatRow, measureLoad, TABLE_HEADER } from './lib/load'
import { formatPageScripts, kib, measurePageScripts } from './lib/page-scripts'
import { startBenchStack } from './lib/stack'

const PAGE = '/procedures/medial-branch-block'
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20)
const DURATION = Number(process.env.BENCH_SECONDS ?? 10)

function startStaticServer(file: string, port: number): Promise<http.Server> {
  const server = http.createServer((_request, response) => {
    const { size } = statSync(file)
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': size })
    createReadStream(file).pipe(response)
  })
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
}

const stack = await startBenchStack()
try {
  const pageUrl = `${stack.server.url}${PAGE}`
  const html = await (await fetch(pageUrl)).text()
  const scripts = await measurePageScripts(pageUrl, html)
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'bench-public-')), 'index.html')
  writeFileSync(file, html)
  const staticServer = await startStaticServer(file, await freePort())
  const staticUrl = `http://127.0.0.1:${(staticServer.address() as { port: number }).port}/`

  await measureLoad({ url: pageUrl, connections: CONNECTIONS, durationSeconds: 2 }) // warm-up
  const app = await measureLoad({ url: pageUrl, connections: CONNECTIONS, durationSeconds: DURATION })
  const plain = await measureLoad({ url: staticUrl, connections: CONNECTIONS, durationSeconds: DURATION })
  staticServer.close()

  console.log(
    `\n${PAGE} (${kib(html.length)} of HTML, ${kib(scripts.bytes)} of JavaScript compressed), ${CONNECTIONS} connections, ${DURATION}s each\n`,
  )
  console.log(TABLE_HEADER)
  console.log(formatRow('Next.js production server', app))
  console.log(formatRow('plain Node static file server', plain))
  console.log(
    `\nthroughput ratio (app / static): ${(app.requestsPerSecond / plain.requestsPerSecond).toFixed(2)}` +
      `   p95 ratio (app / static): ${(app.p95Ms / plain.p95Ms).toFixed(2)}\n`,
  )
  console.log(`JavaScript the page loads: ${kib(scripts.bytes)} compressed, ${scripts.files.length} files\n`)
  console.log(formatPageScripts(scripts) + '\n')
} finally {
  await stack.stop()
}
