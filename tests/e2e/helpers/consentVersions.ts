import { mkdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** One lock per server under test, so parallel test runs on one machine do not wait for each other. */
const LOCK = path.join(tmpdir(), `portal-e2e-consent-versions-${new URL(process.env.APP_URL ?? 'http://localhost').port}`)
/** A lock older than this was left by a test that died while holding it. */
const STALE_AFTER_MS = 120_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function tryToTake(): boolean {
  try {
    mkdirSync(LOCK) // atomic across processes: exactly one worker creates it
    return true
  } catch {
    const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
    if (age > STALE_AFTER_MS) rmSync(LOCK, { recursive: true, force: true })
    return false
  }
}

/**
 * `tests/e2e/consent.spec.ts` publishes new versions of the demo clinic's consent form; a test in the
 * other worker that reads the current version and signs it would, if a version were published in
 * between, rightly be refused (it signed an older version). Both hold this lock around those steps.
 */
export async function withConsentVersionsSteady<T>(steps: () => Promise<T>): Promise<T> {
  while (!tryToTake()) await sleep(250)
  try {
    return await steps()
  } finally {
    rmSync(LOCK, { recursive: true, force: true })
  }
}
