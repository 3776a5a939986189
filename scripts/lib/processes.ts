import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

import { PROJECT_ROOT } from './env'

const BIN = path.join(PROJECT_ROOT, 'node_modules/.bin')

type Env = Record<string, string | undefined>

/** Every child still running, so that a stop signal reaches all of them (scripts/lib/lifecycle.ts). */
const running = new Set<ChildProcess>()
function track(child: ChildProcess): ChildProcess {
  running.add(child)
  child.once('exit', () => running.delete(child))
  return child
}

/** Past the server's own 10 s drain: a child still running then is killed. */
const STOP_GRACE_MS = 15_000

/** Sends `signal` to every child still running and resolves once they have all exited. */
export async function stopChildren(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve()
          const kill = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS)
          child.once('exit', () => {
            clearTimeout(kill)
            resolve()
          })
          child.kill(signal)
        }),
    ),
  )
}

/** Runs a project binary (next, tsx, vitest, playwright) to completion, streaming its output. */
export function run(command: string, args: string[], env: Env = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = track(
      spawn(path.join(BIN, command), args, {
        cwd: PROJECT_ROOT,
        stdio: 'inherit',
        env: { ...process.env, ...env },
      }),
    )
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`)),
    )
  })
}

export type Server = { url: string; process: ChildProcess; stop: () => Promise<void> }

type ServerOptions = {
  port: number
  env?: Env
  /** Drops the server's standard output. */
  quiet?: boolean
  /** Receives both its outputs instead (a test reading its log). */
  onOutput?: (text: string) => void
  /** Node's own flags for the server process (e.g. `--cpu-prof`, which NODE_OPTIONS does not take). */
  nodeFlags?: string[]
}

/** Starts the production server (scripts/serve.ts) and resolves once it answers HTTP. */
export async function startNextServer(options: ServerOptions): Promise<Server> {
  return startServerScript({ script: 'scripts/serve.ts', ...options })
}

/** Runs a TypeScript HTTP server script (`PORT` set) and resolves once it answers `/robots.txt`. */
export async function startServerScript({ script, port, env = {}, quiet = false, onOutput, nodeFlags = [] }: ServerOptions & { script: string }): Promise<Server> {
  const url = `http://localhost:${port}`
  const withFlags = nodeFlags.length > 0
  const command = withFlags ? process.execPath : path.join(BIN, 'tsx')
  const args = withFlags ? [...nodeFlags, '--import', 'tsx', script] : [script]
  const child = track(
    spawn(command, args, {
      cwd: PROJECT_ROOT,
      stdio: onOutput ? ['ignore', 'pipe', 'pipe'] : quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', SERVER_URL: url, PORT: String(port), ...env },
    }),
  )
  if (onOutput) for (const stream of [child.stdout, child.stderr]) stream?.setEncoding('utf8').on('data', onOutput)
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`the server exited early (exit ${code})`))),
  )
  await Promise.race([waitForHttp(`${url}/robots.txt`), exited])
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  return { url, process: child, stop }
}

export async function waitForHttp(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`)
}
