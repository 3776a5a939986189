/**
 * The app's log: one JSON line per event (pino, which Payload uses), each with the request's id. An
 * error is logged as its name, code and a short message (payload/http/databaseFailure.ts), never its
 * stack or a query's values; cookies, tokens, passwords and anything a patient typed are censored.
 */
import type { Config } from 'payload'

import { summariseError } from './databaseFailure'
import { currentRequestId } from './requestId'

const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'headers.cookie',
  'headers.authorization',
  '*.password',
  '*.token',
  '*.secret',
  'data',
  'body',
  'entries',
  '*.data',
  '*.body',
  '*.entries',
]

export function appLogger(): NonNullable<Config['logger']> {
  return {
    options: {
      level: process.env.LOG_LEVEL ?? 'info',
      // pino's timestamp hook: an ISO time, as the server's own lines carry (scripts/serve.ts).
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
      base: { pid: process.pid },
      mixin: () => {
        const requestId = currentRequestId()
        return requestId ? { requestId } : {}
      },
      serializers: { err: summariseError, error: summariseError },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
  }
}
