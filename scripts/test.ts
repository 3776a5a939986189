/**
 * `npm test`: every test, against a real PostgreSQL and a real Chromium.
 * 1. a fresh database (embedded, or a new `portal_test` database on the DATABASE_URL server) with
 *    its own owner and app roles (ephemeral passwords), migrated and seeded exactly as `npm start` does;
 * 2. unit tests; 3. a production build and server; 4. integration tests (Local API + HTTP);
 * 5. end-to-end tests in Chromium (Playwright).
 * Pass `--skip-e2e` or `--only-unit` while iterating; `--push` uses Payload's schema push instead of the
 * committed migrations (for work in progress before its migration exists). TEST_RUN_ID keeps
 * parallel runs apart (their own database and build folder). While iterating, `TEST_INT_FILES` (a
 * space-separated list of vitest filters) and `TEST_E2E_FILES` (of Playwright spec files) narrow a run.
 */
import { randomUUID } from 'node:crypto'
import { rmSync } from 'node:fs'
import path from 'node:path'

import { buildIfChanged } from './lib/build'
import { freePort, startDatabase } from './lib/database'
import { PROJECT_ROOT, useEphemeralSecrets } from './lib/env'
import { run, startNextServer, type Server } from './lib/processes'
import { deleteKeysUnder, LOCAL_REDIS_URL, redisAnswers } from './lib/redis'

const runId = (process.env.TEST_RUN_ID ?? '').toLowerCase().replace(/[^a-z0-9]/g, '')
const TEST_DIST_DIR = runId ? `.next-test-${runId}` : '.next-test'
const args = process.argv.slice(2)
const onlyUnit = args.includes('--only-unit')
const skipE2e = args.includes('--skip-e2e')
const push = args.includes('--push')

function filters(variable: string): string[] {
  return (process.env[variable] ?? '').split(/\s+/).filter(Boolean)
}

useEphemeralSecrets()
await run('vitest', ['run', '--project', 'unit'])
if (onlyUnit) process.exit(0)

const database = await startDatabase({
  dataDir: runId ? `.data/postgres-test-${runId}` : '.data/postgres-test',
  database: runId ? `portal_test_${runId}` : 'portal_test',
  fresh: true,
})
// With Redis (REDIS_URL, else 127.0.0.1:6379) the servers share Next's page cache there, under keys of this run alone.
const redisUrl = process.env.REDIS_URL ?? LOCAL_REDIS_URL
const redis = (await redisAnswers(redisUrl)) ? { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `spine-portal-test-${runId || 'run'}-${randomUUID().slice(0, 8)}` } : null
console.log(redis ? `Page cache: Redis at ${new URL(redisUrl).host}, keys under ${redis.REDIS_KEY_PREFIX}:` : `Page cache: in each process (no Redis answers at ${new URL(redisUrl).host}).`)
let server: Server | undefined
let exitCode = 0
try {
  const port = await freePort()
  const env = {
    DATABASE_URL: database.appUrl,
    SERVER_URL: `http://localhost:${port}`,
    NEXT_DIST_DIR: TEST_DIST_DIR,
    EMAIL_OUTBOX_DIR: path.join(PROJECT_ROOT, `.data/outbox-test${runId ? `-${runId}` : ''}`),
    SMS_OUTBOX_DIR: path.join(PROJECT_ROOT, `.data/outbox-sms-test${runId ? `-${runId}` : ''}`),
    // The tests stand in for one proxy: the address they write in X-Forwarded-For is the client's.
    TRUSTED_PROXY_HOPS: '1',
    ...(push ? { PAYLOAD_DB_PUSH: 'true' } : {}),
    ...redis,
  }
  rmSync(env.EMAIL_OUTBOX_DIR, { recursive: true, force: true })
  rmSync(env.SMS_OUTBOX_DIR, { recursive: true, force: true })
  // A small demo cohort keeps the seed quick while still running its code.
  await run('tsx', ['scripts/prepare-database.ts', '--seed-demo'], { ...env, DATABASE_OWNER_URL: database.ownerUrl, DEMO_COHORT_SIZE: '4' })
  // Always a clean build: pages prerendered against an earlier test database must not leak in.
  rmSync(path.join(PROJECT_ROOT, TEST_DIST_DIR), { recursive: true, force: true })
  await buildIfChanged(TEST_DIST_DIR, env)
  server = await startNextServer({ port, env, quiet: true })
  // Tests act as the app (DATABASE_URL); a few also connect as the owner or, to play an attacker, the superuser.
  const testEnv = {
    ...env,
    APP_URL: server.url,
    PAYLOAD_DISABLE_JOBS: 'true',
    DATABASE_OWNER_URL: database.ownerUrl,
    DATABASE_ADMIN_URL: database.adminUrl,
  }
  await run('vitest', ['run', '--project', 'int', ...filters('TEST_INT_FILES')], testEnv)
  if (!skipE2e) await run('playwright', ['test', ...filters('TEST_E2E_FILES')], testEnv)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  exitCode = 1
} finally {
  await server?.stop()
  await database.stop()
  if (redis) await deleteKeysUnder(redis.REDIS_URL, redis.REDIS_KEY_PREFIX).catch(() => {})
}
process.exit(exitCode)
