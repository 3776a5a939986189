/**
 * The diary autosave answered by the production server itself (scripts/serve.ts), before Next's
 * request handler: `POST /api/diaries/<id>/entries` exactly, with the decisions of
 * collections/Diaries/autosave.ts on the server's own pool. Next's handling of a request (routing, the
 * web Request and Response, streams, abort signals) was most of what an autosave cost (README
 * "Benchmarks"). What the autosave declines (no portal cookie, a cross-site request, a session that is
 * not live, a diary's first answer, staff) goes on to Next with its body unread.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Queryable } from '@/payload/db/pool'
import type { ErrorSummary } from '@/payload/http/databaseFailure'
import { BodyTooSlow, type BodySource, type HeaderReader, type JsonAnswer } from '@/payload/http/endpoint'
import { servedOverHttps } from '@/payload/http/https'
import { securityHeadersFor } from '@/payload/http/securityHeaders'
import { autosaveForLiveSession } from './autosave'

/** The one path served here: no query string, no trailing slash (anything else is Next's). */
const AUTOSAVE_PATH = /^\/api\/diaries\/([^/?#]+)\/entries$/

/** A body that has not fully arrived by then is refused (408) and its connection closed. */
export const BODY_TIMEOUT_MS = 10_000

/** The appointment segment of an autosave request, or null when the request is not one. */
export function autosaveTarget(method: string | undefined, url: string | undefined): string | null {
  if (method !== 'POST' || !url) return null
  const match = AUTOSAVE_PATH.exec(url)
  if (!match) return null
  try {
    return decodeURIComponent(match[1])
  } catch {
    return null
  }
}

function headerReader(req: IncomingMessage): HeaderReader {
  return {
    get: (name) => {
      const value = req.headers[name.toLowerCase()]
      return Array.isArray(value) ? value.join(', ') : (value ?? null)
    },
  }
}

/** The request's body up to `maxBytes` (null beyond, the rest left unread), within BODY_TIMEOUT_MS. */
function readNodeBody(req: IncomingMessage, maxBytes: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const finish = (settle: () => void) => {
      clearTimeout(timer)
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose)
      settle()
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= maxBytes) return void chunks.push(chunk)
      req.pause()
      finish(() => resolve(null))
    }
    const onEnd = () => finish(() => resolve(Buffer.concat(chunks).toString('utf8')))
    const onError = (error: Error) => finish(() => reject(error))
    const onClose = () => finish(() => reject(new Error('The client closed the request before its body arrived.')))
    const timer = setTimeout(() => finish(() => reject(new BodyTooSlow())), BODY_TIMEOUT_MS)
    req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose)
  })
}

function write(req: IncomingMessage, res: ServerResponse, answer: JsonAnswer, bodyRead: boolean) {
  const [pathname, query = ''] = (req.url ?? '').split('?')
  const security = securityHeadersFor({
    method: 'POST',
    pathname,
    searchParams: new URLSearchParams(query),
    https: servedOverHttps(headerReader(req)),
    development: false,
  })
  const text = JSON.stringify(answer.body)
  // A body left unread (too large, too slow) cannot be skipped over: this answer ends the connection.
  if (!bodyRead) res.shouldKeepAlive = false
  res.writeHead(answer.status, {
    ...answer.headers,
    ...security,
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
  })
  res.end(text)
}

type AutosaveServer = {
  db: Queryable
  /** The one log line of a failed autosave (its response, its id, the error's summary); never the request's contents. */
  logFailure: (res: ServerResponse, requestId: string, error: ErrorSummary) => void
}

/**
 * A handler for scripts/serve.ts: true when it answered the request, false when Next must (the body
 * then untouched).
 */
export function createAutosaveHandler({ db, logFailure }: AutosaveServer) {
  return async function serveAutosave(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<boolean> {
    const appointmentParam = autosaveTarget(req.method, req.url)
    if (appointmentParam === null) return false
    let bodyRead = true
    const body: BodySource = {
      headers: headerReader(req),
      readText: async (maxBytes) => {
        bodyRead = false
        const text = await readNodeBody(req, maxBytes)
        bodyRead = text !== null
        return text
      },
    }
    const outcome = await autosaveForLiveSession({
      headers: body.headers,
      appointmentParam,
      body,
      db,
      logFailure: (error) => logFailure(res, requestId, error),
    })
    if (outcome.kind === 'declined') return false
    write(req, res, outcome.answer, bodyRead)
    return true
  }
}
