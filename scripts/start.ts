/**
 * `npm start`: one command from a fresh clone to a running clinic site with demo content.
 * Starts PostgreSQL (embedded unless DATABASE_URL is set), applies migrations, seeds an empty
 * database, builds when the sources changed, serves on http://localhost:3000 and stops it all on Ctrl-C.
 */
import { buildIfChanged } from './lib/build'
import { startDatabase } from './lib/database'
import { loadLocalEnv } from './lib/env'
import { onStopSignal, stopWhenOrphaned } from './lib/lifecycle'
import { run, startNextServer, stopChildren } from './lib/processes'
import { printWelcome } from './lib/welcome'

loadLocalEnv()
const port = Number(process.env.PORT ?? 3000)

console.log(process.env.DATABASE_URL ? 'Using the PostgreSQL server in DATABASE_URL.' : 'Starting the embedded PostgreSQL in .data/postgres ...')
const database = await startDatabase({ dataDir: '.data/postgres', database: 'portal' })
// The server runs as the app role; only the migration step gets the owner's URL.
const env = { DATABASE_URL: database.appUrl, SERVER_URL: process.env.SERVER_URL ?? `http://localhost:${port}` }

let stopping = false
async function stopEverything(exitCode: number) {
  if (stopping) return
  stopping = true
  console.log('\nStopping the server and the database ...')
  // The server, or the migration or build step still running.
  await stopChildren('SIGTERM').catch(() => {})
  await database.stop().catch(() => {})
  process.exit(exitCode)
}
onStopSignal(() => void stopEverything(0))
stopWhenOrphaned(() => void stopEverything(0))

let server: Awaited<ReturnType<typeof startNextServer>> | undefined
try {
  await run('tsx', ['scripts/prepare-database.ts', '--seed-demo'], { ...env, DATABASE_OWNER_URL: database.ownerUrl })
  await buildIfChanged('.next', env)
  server = await startNextServer({ port, env })
  printWelcome(server.url)
  server.process.once('exit', (code) => void stopEverything(code ?? 1))
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  await stopEverything(1)
}
