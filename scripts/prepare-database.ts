/**
 * Applies the committed migrations (or, in dev, lets Payload push the schema) and, with --seed-demo,
 * seeds demo content and accounts into an empty database (never into one that already has data).
 * Then grants the app's role what it needs (again after every migration, so new tables are covered).
 *
 * Connects as the tables' owner: DATABASE_OWNER_URL, when set, else DATABASE_URL. DATABASE_URL names
 * the app's role, whose grants are set when the two differ. Reads secrets from the environment.
 */
import { getPayload } from 'payload'

process.env.PAYLOAD_DISABLE_JOBS = 'true'
// Migrations and the seed may run long statements; the app's own limit (payload/db/timeouts.ts) is for requests.
process.env.DATABASE_STATEMENT_TIMEOUT_MS ??= '0'
const appUrl = process.env.DATABASE_URL
const ownerUrl = process.env.DATABASE_OWNER_URL || appUrl
if (!appUrl) throw new Error('DATABASE_URL is not set')
process.env.DATABASE_URL = ownerUrl

const { default: config } = await import('../payload.config')
const { isDatabaseEmpty, seedDemo } = await import('../payload/seed')
const { grantAppRole } = await import('../payload/db/privileges')
const auditAppendOnly = await import('../payload/migrations/20261127_041500_audit_events_append_only')
const consentsImmutable = await import('../payload/migrations/20261127_051406_consents_immutable')
const chains = await import('../payload/migrations/20261205_194500_tamper_evident_chains')

type Pool = { query: (sql: string) => Promise<{ rowCount: number | null }> }

const payload = await getPayload({ config })
const pool = (payload.db as unknown as { pool: Pool }).pool

/**
 * A pushed schema (dev, `npm test -- --push`) gets no migrations: the hand-written ones (triggers,
 * hash chains, the withdrawal function the grants name) are applied here, each only once.
 */
async function applyHandWrittenMigrations(): Promise<void> {
  const args = { db: (payload.db as unknown as { drizzle: never }).drizzle, payload, req: {} } as never
  const auditTrigger = await pool.query("SELECT 1 FROM pg_trigger WHERE tgname = 'audit_events_no_update_or_delete'")
  if (!auditTrigger.rowCount) await auditAppendOnly.up(args)
  await consentsImmutable.up(args)
  await chains.up(args)
}

if (process.env.PAYLOAD_DB_PUSH !== 'true') await payload.db.migrate()
else await applyHandWrittenMigrations()

const appRole = decodeURIComponent(new URL(appUrl).username)
const ownerRole = decodeURIComponent(new URL(ownerUrl!).username)
if (appRole !== ownerRole) await grantAppRole((sql) => pool.query(sql), appRole)

if (process.argv.includes('--seed-demo')) {
  if (await isDatabaseEmpty(payload)) {
    const password = process.env.DEMO_PASSWORD
    if (!password) throw new Error('DEMO_PASSWORD is not set')
    await seedDemo(payload, { password, totpSecret: process.env.DEMO_TOTP_SECRET })
    console.log('Seeded demo content and demo accounts.')
  } else {
    console.log('The database already has data: not seeding.')
  }
}
await payload.destroy()
process.exit(0)
