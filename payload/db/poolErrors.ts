import type { Payload } from 'payload'

import { summariseError } from '../http/databaseFailure'

/**
 * node-postgres emits `error` on the pool when an idle connection breaks (the database restarted, a
 * proxy dropped it). Without a listener that is an uncaught exception that ends the process; the pool
 * has already discarded the connection, so one log line is all it needs.
 */
export function logPoolErrors(payload: Payload): void {
  const pool = (payload.db as unknown as { pool?: { on: (event: 'error', listener: (error: Error) => void) => void } }).pool
  pool?.on('error', (error) => payload.logger.warn({ err: summariseError(error), msg: 'an idle database connection broke' }))
}
