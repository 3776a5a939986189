/**
 * The app's log: one JSON line per event (pino, which Payload uses), each with the request's id. An
 * error is logged as its name, code and a short message (payload/http/databaseFailure.ts), never its
 * stack or a query's values; cookies, tokens, passwords and anything a patient typed are censored.
 */
import type { Config } from 'payload'

import { databaseUnavailable, summariseError } from './databaseFailure'
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

function isError(value: unknown): value is Error {
  return value instanceof Error || (typeof value === 'object' && value !== null && typeof (value as Error).message === 'string' && typeof (value as Error).stack === 'string')
}

type LogCall = { args: unknown[] } | { skip: true }

/**
 * What a log call becomes. pino takes an error passed first as the line's message: drizzle's is
 * "Failed query: <SQL> params: <values>", which carries patients' answers, so the error goes under
 * `err` (summarised) and the message is the summary's. A database that is away while a request runs
 * is not logged here: the server logs that request's 503 once (scripts/serve.ts), and one line per
 * failure is enough.
 */
export function logCall(args: unknown[], requestId: string | undefined): LogCall {
  const [first, ...rest] = args
  const error = isError(first) ? first : isError((first as { err?: unknown })?.err) ? (first as { err: Error }).err : null
  if (error && requestId && databaseUnavailable(error)) return { skip: true }
  if (isError(first)) return { args: [{ err: first }, typeof rest[0] === 'string' ? rest[0] : summariseError(first).message] }
  return { args }
}

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
      hooks: {
        logMethod(args, method) {
          const call = logCall(args, currentRequestId())
          if ('skip' in call) return
          return method.apply(this, call.args as Parameters<typeof method>)
        },
      },
    },
  }
}
