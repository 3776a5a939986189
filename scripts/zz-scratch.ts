import { startDatabase } from '/work/wt-db/scripts/lib/database'
import { useEphemeralSecrets } from '/work/wt-db/scripts/lib/env'
import { run } from '/work/wt-db/scripts/lib/processes'
useEphemeralSecrets()
const db = await startDatabase({ dataDir: '.data/x', database: process.env.SCRATCH_DB!, fresh: process.env.FRESH === '1' })
console.log(JSON.stringify(db))
await run('tsx', ['scripts/prepare-database.ts', '--seed-demo'], { DATABASE_URL: db.appUrl, DATABASE_OWNER_URL: db.ownerUrl, ...(process.env.PUSH ? { PAYLOAD_DB_PUSH: 'true' } : {}) })
await run('tsx', ['scripts/audit-verify.ts'], { DATABASE_URL: db.appUrl })
