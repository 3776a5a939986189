/**
 * Readiness for a load balancer: the database answers within a short time, every committed
 * migration is applied, and the S3 bucket answers when one is configured. Its own one-connection pool (not Payload's), so a probe never waits behind
 * the app's requests and works even when Payload could not start.
 */
import pg from 'pg'

import { migrations } from '../migrations'
import { checkObjectStorage } from '../storage/store'

const PROBE_TIMEOUT_MS = 2_000

export type Readiness = { ready: true } | { ready: false; reason: string }

let pool: pg.Pool | undefined
function probePool(): pg.Pool {
  pool ??= new pg.Pool({
    connectionString: process.env.DATABASE_URL,
    max: 1,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: PROBE_TIMEOUT_MS,
    statement_timeout: PROBE_TIMEOUT_MS,
    query_timeout: PROBE_TIMEOUT_MS,
  })
  // A connection that breaks while idle is dropped by the pool; without a listener it would crash the process.
  pool.on('error', () => {})
  return pool
}

/** The committed migrations that the database has not recorded as run. */
export function pendingMigrations(applied: readonly string[], committed: readonly string[] = migrations.map((item) => item.name)): string[] {
  const done = new Set(applied)
  return committed.filter((name) => !done.has(name))
}

/** Both checks at once (each bounded by 2 s); every reason that fails, joined. */
export async function checkReadiness(): Promise<Readiness> {
  const checks = await Promise.all([checkDatabase(), checkObjectStorage(PROBE_TIMEOUT_MS)])
  const reasons = checks.flatMap((check) => (check.ready ? [] : [check.reason]))
  return reasons.length === 0 ? { ready: true } : { ready: false, reason: reasons.join('; ') }
}

async function checkDatabase(): Promise<Readiness> {
  try {
    // A pushed schema (`npm test -- --push`) records no migrations: reaching the database is all there is to check.
    if (process.env.PAYLOAD_DB_PUSH === 'true') {
      await probePool().query('SELECT 1')
      return { ready: true }
    }
    const { rows } = await probePool().query<{ name: string }>('SELECT name FROM payload_migrations')
    const pending = pendingMigrations(rows.map((row) => row.name))
    if (pending.length > 0) return { ready: false, reason: `${pending.length} migration(s) not applied` }
    return { ready: true }
  } catch (error) {
    const code = (error as { code?: unknown }).code
    return { ready: false, reason: code === '42P01' ? 'migrations never ran' : 'database unreachable' }
  }
}
