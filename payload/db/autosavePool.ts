import pg from 'pg'

import { summariseError, type ErrorSummary } from '../http/databaseFailure'
import { databaseTimeouts } from './timeouts'

/**
 * Connections of the production server's own pool for the diary autosave (collections/Diaries/serveAutosave.ts),
 * beside Payload's 10 (payload/db/transactionSlots.ts). An autosave holds a connection for four short
 * statements, a millisecond or two each, so five keep up with more autosaves than this machine's CPU
 * can serve; each instance then opens at most 15, and six instances stay under PostgreSQL's default
 * `max_connections` of 100 (less its 3 reserved) with room for migrations, jobs and psql. More
 * instances go through PgBouncer (README "Production"). `AUTOSAVE_POOL_SIZE` changes it.
 */
export const AUTOSAVE_POOL_SIZE = 5

/** Waiting longer than this for a free connection answers 503 (the portal retries) instead of queueing on. */
const CONNECTION_WAIT_MS = 5_000

function poolSize(): number {
  const raw = process.env.AUTOSAVE_POOL_SIZE
  if (raw === undefined || raw === '') return AUTOSAVE_POOL_SIZE
  const size = Number(raw)
  if (!Number.isInteger(size) || size < 1) throw new Error('AUTOSAVE_POOL_SIZE must be a whole number of connections, at least 1.')
  return size
}

/**
 * The autosave's pool: the app's role (DATABASE_URL) and the app's statement and lock timeouts. An
 * idle connection that breaks (the database restarted) is reported as one line, not thrown.
 */
export function createAutosavePool(onIdleError: (error: ErrorSummary) => void): pg.Pool {
  const pool = new pg.Pool({
    connectionString: process.env.DATABASE_URL,
    max: poolSize(),
    connectionTimeoutMillis: CONNECTION_WAIT_MS,
    ...databaseTimeouts(),
  })
  pool.on('error', (error) => onIdleError(summariseError(error)))
  return pool
}
