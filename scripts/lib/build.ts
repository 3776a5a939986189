import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { PROJECT_ROOT } from './env'
import { run } from './processes'

const SOURCE_DIRS = ['app', 'collections', 'components', 'lib', 'payload']
const SOURCE_FILES = ['payload.config.ts', 'next.config.mjs', 'package-lock.json', 'tsconfig.json']

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? listFiles(full) : [full]
  })
}

/**
 * `next build` adds its output folder's type paths (`.next-test-x/types/**`) to tsconfig.json's
 * `include`; they change nothing in the build, so they must not make the next run build again.
 */
function withoutBuildOutputPaths(tsconfig: Buffer): string {
  try {
    const config = JSON.parse(tsconfig.toString('utf8')) as { include?: string[] }
    config.include = config.include?.filter((entry) => !/^\.next[^/]*\/(dev\/)?types\//.test(entry))
    return JSON.stringify(config)
  } catch {
    return tsconfig.toString('utf8')
  }
}

/** Changes whenever a source file that ends up in the build changes. */
function sourceFingerprint(): string {
  const hash = createHash('sha256')
  const files = [
    ...SOURCE_DIRS.flatMap((dir) => listFiles(path.join(PROJECT_ROOT, dir))),
    ...SOURCE_FILES.map((file) => path.join(PROJECT_ROOT, file)),
  ].sort()
  for (const file of files) {
    if (!existsSync(file)) continue
    hash.update(path.relative(PROJECT_ROOT, file))
    const content = readFileSync(file)
    hash.update(path.basename(file) === 'tsconfig.json' ? withoutBuildOutputPaths(content) : content)
  }
  return hash.digest('hex')
}

/** Runs `next build` into `distDir` unless the last build there came from the same sources. */
export async function buildIfChanged(distDir: string, env: Record<string, string | undefined>): Promise<void> {
  const fingerprintFile = path.join(PROJECT_ROOT, distDir, 'source-fingerprint')
  const fingerprint = sourceFingerprint()
  const built = existsSync(path.join(PROJECT_ROOT, distDir, 'BUILD_ID'))
  if (built && existsSync(fingerprintFile) && readFileSync(fingerprintFile, 'utf8') === fingerprint) {
    console.log(`Reusing the build in ${distDir} (sources unchanged).`)
    return
  }
  console.log(`Building the app into ${distDir} (about a minute)...`)
  await run('next', ['build', '--webpack'], {
    ...env,
    NODE_ENV: 'production',
    NEXT_DIST_DIR: distDir,
    NODE_OPTIONS: '--no-deprecation',
    NEXT_TELEMETRY_DISABLED: '1',
  })
  writeFileSync(fingerprintFile, fingerprint)
}
