import { buildIfChanged } from '@/scripts/lib/build'
import { freePort, startDatabase, type RunningDatabase } from '@/scripts/lib/database'
import { useEphemeralSecrets } from '@/scripts/lib/env'
import { run, startNextServer, type Server } from '@/scripts/lib/processes'

export type BenchStack = { server: Server; database: RunningDatabase; env: Record<string, string>; stop: () => Promise<void> }

/** A seeded database and the production server built into `.next-bench`, as a clinic would run it. */
export async function startBenchStack({ nodeFlags = [] }: { nodeFlags?: string[] } = {}): Promise<BenchStack> {
  useEphemeralSecrets()
  // TEST_RUN_ID keeps benchmarks of several checkouts on one PostgreSQL server apart.
  const runId = (process.env.TEST_RUN_ID ?? '').toLowerCase().replace(/[^a-z0-9]/g, '')
  const database = await startDatabase({ dataDir: '.data/postgres-bench', database: `portal_bench${runId ? `_${runId}` : ''}`, fresh: true })
  const port = await freePort()
  const env = { DATABASE_URL: database.appUrl, SERVER_URL: `http://localhost:${port}`, NEXT_DIST_DIR: '.next-bench' }
  await run('tsx', ['scripts/prepare-database.ts', '--seed-demo'], { ...env, DATABASE_OWNER_URL: database.ownerUrl })
  await buildIfChanged('.next-bench', env)
  const server = await startNextServer({ port, env, quiet: true, nodeFlags })
  return {
    server,
    database,
    env,
    stop: async () => {
      await server.stop()
      await database.stop()
    },
  }
}
