/**
 * `npm run dev`: Next.js dev server with Payload's schema push on a separate `portal_dev` database,
 * so experiments never touch the migrated demo data. The schema is pushed as the owner role when this
 * starts; the dev server itself runs as the app role, which may not change the schema, so restart
 * `npm run dev` after changing a collection's fields.
 */
import { startDatabase } from './lib/database'
import { loadLocalEnv } from './lib/env'
import { onStopSignal, stopWhenOrphaned } from './lib/lifecycle'
import { run, stopChildren } from './lib/processes'

loadLocalEnv()
const database = await startDatabase({ dataDir: '.data/postgres', database: 'portal_dev' })
let stopping = false
const stop = async () => {
  if (stopping) return
  stopping = true
  await stopChildren('SIGTERM').catch(() => {})
  await database.stop().catch(() => {})
  process.exit(0)
}
onStopSignal(() => void stop())
stopWhenOrphaned(() => void stop())
const env = {
  DATABASE_URL: database.appUrl,
  SERVER_URL: process.env.SERVER_URL ?? `http://localhost:${process.env.PORT ?? 3000}`,
}
await run('tsx', ['scripts/prepare-database.ts', '--seed-demo'], { ...env, DATABASE_OWNER_URL: database.ownerUrl, PAYLOAD_DB_PUSH: 'true' })
await run('next', ['dev', '--webpack', '-p', process.env.PORT ?? '3000'], { ...env, PAYLOAD_DB_PUSH: 'false' }).finally(stop)
