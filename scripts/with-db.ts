/** Runs a command against the development database, as its owner: `npm run migrate:create -- name`. */
import { startDatabase } from './lib/database'
import { loadLocalEnv } from './lib/env'
import { run } from './lib/processes'

loadLocalEnv()
const [command, ...args] = process.argv.slice(2)
const database = await startDatabase({ dataDir: '.data/postgres', database: 'portal_dev' })
try {
  await run(command, args, { DATABASE_URL: database.ownerUrl, NODE_OPTIONS: '--no-deprecation' })
} finally {
  await database.stop()
}
