/**
 * PostgreSQL ends any statement of the app's pool that runs longer than this, and any wait for a lock
 * longer than that, with an error (a 500 for that one request) instead of holding a connection while
 * other requests queue. pg sends both as connection parameters, so they hold on every pooled
 * connection. `DATABASE_STATEMENT_TIMEOUT_MS` and `DATABASE_LOCK_TIMEOUT_MS` change them; 0 switches
 * one off (migrations and the seed run without the statement limit).
 */
const STATEMENT_TIMEOUT_MS = 5_000
const LOCK_TIMEOUT_MS = 3_000

function milliseconds(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number of milliseconds (0 for no limit).`)
  return value
}

export function databaseTimeouts(): { statement_timeout?: number; lock_timeout?: number } {
  const statement = milliseconds('DATABASE_STATEMENT_TIMEOUT_MS', STATEMENT_TIMEOUT_MS)
  const lock = milliseconds('DATABASE_LOCK_TIMEOUT_MS', LOCK_TIMEOUT_MS)
  return { ...(statement > 0 ? { statement_timeout: statement } : {}), ...(lock > 0 ? { lock_timeout: lock } : {}) }
}
