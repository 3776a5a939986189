import type { AfterErrorHook } from 'payload'

import { databaseUnavailable } from './databaseFailure'
import { RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from './endpoint'

/**
 * Any REST request (Payload's own routes and the collections' endpoints) that failed because the
 * database is not answering: 503 with Retry-After and a calm message instead of 500 "Something went
 * wrong". Payload has already logged the error (one line, payload/http/logging.ts).
 */
export const answerUnavailableWhenTheDatabaseFails: AfterErrorHook = ({ error, req }) => {
  if (!databaseUnavailable(error)) return
  const headers = new Headers(req.responseHeaders)
  headers.set('Retry-After', String(RETRY_AFTER_SECONDS))
  headers.set('Cache-Control', 'private, no-store')
  req.responseHeaders = headers
  return { status: 503, response: { message: UNAVAILABLE_MESSAGE, errors: [{ message: UNAVAILABLE_MESSAGE }] } }
}
