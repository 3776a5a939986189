/**
 * `npm run start:cluster`: the clinic site as several app instances on one database behind a local
 * load balancer, to see on one machine what production runs on several (README, Production).
 * Prepares the database and the build exactly as `npm start` does, then starts CLUSTER_INSTANCES
 * production servers (2 unless set) on free ports and the balancer on PORT (3000), from the build in
 * NEXT_DIST_DIR (`.next` unless set; built only when the sources changed). REDIS_URL, when
 * set, reaches every instance, which then share Next's page cache (cache-handler.mjs).
 * SIGTERM, SIGINT or SIGHUP (Ctrl-C) stops the balancer, drains every instance and stops the database.
 */
import { startBalancer, type Backend, type Balancer } from './lib/balancer'
import { buildIfChanged } from './lib/build'
import { freePort, startDatabase } from './lib/database'
import { loadLocalEnv } from './lib/env'
import { onStopSignal, stopWhenOrphaned } from './lib/lifecycle'
import { run, startNextServer, stopChildren, type Server } from './lib/processes'
import { printWelcome } from './lib/welcome'

loadLocalEnv()
const port = Number(process.env.PORT ?? 3000)
const instanceCount = Number(process.env.CLUSTER_INSTANCES ?? 2)
if (!Number.isInteger(instanceCount) || instanceCount < 1 || instanceCount > 16) {
  console.error('CLUSTER_INSTANCES must be a whole number from 1 to 16.')
  process.exit(1)
}
const publicUrl = process.env.SERVER_URL ?? `http://localhost:${port}`
// The balancer is one more proxy in front of each instance than whatever is in front of it.
const trustedProxyHops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0) + 1
// next.config.mjs reads the same variable: a test runs the cluster on the build it already made.
const distDir = process.env.NEXT_DIST_DIR || '.next'

console.log(process.env.DATABASE_URL ? 'Using the PostgreSQL server in DATABASE_URL.' : 'Starting the embedded PostgreSQL in .data/postgres ...')
const database = await startDatabase({ dataDir: '.data/postgres', database: 'portal' })
const env = { DATABASE_URL: database.appUrl, SERVER_URL: publicUrl }

const instances: Array<Server & Backend> = []
let balancer: Balancer | undefined
let stopping = false
async function stopEverything(exitCode: number) {
  if (stopping) return
  stopping = true
  console.log('\nStopping the balancer, the instances and the database ...')
  // New connections are refused first; then each instance finishes what it is answering and exits.
  const balancerClosed = balancer?.close()
  await stopChildren('SIGTERM').catch(() => {})
  await balancerClosed
  await database.stop().catch(() => {})
  process.exit(exitCode)
}
onStopSignal(() => void stopEverything(0))
stopWhenOrphaned(() => void stopEverything(0))

try {
  await run('tsx', ['scripts/prepare-database.ts', '--seed-demo'], { ...env, DATABASE_OWNER_URL: database.ownerUrl })
  await buildIfChanged(distDir, env)
  console.log(
    `Starting ${instanceCount} app instances${process.env.REDIS_URL ? ', sharing the page cache in Redis' : ' (no REDIS_URL: each keeps its own page cache)'} ...`,
  )
  const ports: number[] = []
  for (let i = 0; i < instanceCount; i++) ports.push(await freePort())
  const instanceEnv = { ...env, TRUSTED_PROXY_HOPS: String(trustedProxyHops) }
  const started = await Promise.all(
    ports.map((instancePort) => startNextServer({ port: instancePort, env: instanceEnv }).then((server) => ({ ...server, port: instancePort }))),
  )
  for (const instance of started) {
    instances.push(instance)
    // An instance that stops leaves the rotation; the cluster stops when none is left.
    instance.process.once('exit', (code) => {
      instances.splice(instances.indexOf(instance), 1)
      console.log(`The instance on port ${instance.port} exited (${code ?? 'signal'}); ${instances.length} left.`)
      if (instances.length === 0) void stopEverything(code ?? 1)
    })
  }
  balancer = await startBalancer({ port, backends: () => instances })
  console.log(`Balancing ${publicUrl} over ports ${instances.map((instance) => instance.port).join(', ')}.`)
  printWelcome(publicUrl)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  await stopEverything(1)
}
