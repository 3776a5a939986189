/**
 * `npm run audit:verify`: checks the hash chains over audit events and signed consents and every
 * consent PDF against its recorded SHA-256; prints one line and exits 1 when a record no longer
 * matches. Uses DATABASE_URL (the app's role is enough: it only reads) or, without it, the local
 * embedded database of `npm start` (started for the check when it is not running). The PDFs are read
 * from where the app keeps them: `.data/consent-pdfs`, or the S3 bucket when S3_BUCKET is set.
 */
import pg from 'pg'

import { consentPdfStore } from '../payload/consent/pdfDir'
import { verifyIntegrity, type Query } from '../payload/integrity/verify'
import { startDatabase, type RunningDatabase } from './lib/database'
import { loadLocalEnv } from './lib/env'

let database: RunningDatabase | null = null
let url = process.env.DATABASE_URL
if (!url) {
  loadLocalEnv()
  database = await startDatabase({ dataDir: '.data/postgres', database: 'portal' })
  url = database.appUrl
}

const client = new pg.Client({ connectionString: url })
await client.connect()
let exitCode = 1
try {
  const query = ((sql: string, values?: unknown[]) => client.query(sql, values)) as Query
  const store = consentPdfStore()
  const report = await verifyIntegrity(query, (filename) => store.read(filename))
  console.log(report.summary)
  exitCode = report.ok ? 0 : 1
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
} finally {
  await client.end()
  await database?.stop()
}
process.exit(exitCode)
