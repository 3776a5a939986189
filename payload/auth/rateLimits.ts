import type { Payload } from 'payload'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

/** Failed sign-ins (and password-link requests) allowed per IP address in the window. */
export const FAILED_SIGN_INS_PER_IP = 10
/** Wrong second-factor codes allowed per staff account in the window (a 6-digit code has few guesses to spare). */
export const FAILED_SECOND_STEPS_PER_ACCOUNT = 5
const WINDOW_SECONDS = 15 * 60

export type RateLimitKind = 'sign-in' | 'password-link' | 'second-factor'

const POINTS: Record<RateLimitKind, number> = {
  'sign-in': FAILED_SIGN_INS_PER_IP,
  'password-link': FAILED_SIGN_INS_PER_IP,
  'second-factor': FAILED_SECOND_STEPS_PER_ACCOUNT,
}

const limiters = new Map<string, Promise<RateLimiterPostgres>>()

/**
 * Counters live in Postgres (`rate_limits`), so every app instance shares them. The table is created
 * by a migration (the app's database role may not create tables), so the limiter is ready at once.
 */
function limiter(payload: Payload, keyPrefix: RateLimitKind): Promise<RateLimiterPostgres> {
  let ready = limiters.get(keyPrefix)
  if (!ready) {
    ready = Promise.resolve(
      new RateLimiterPostgres({
        storeClient: (payload.db as unknown as { pool: unknown }).pool,
        storeType: 'pool',
        tableName: 'rate_limits',
        tableCreated: true,
        keyPrefix,
        points: POINTS[keyPrefix],
        duration: WINDOW_SECONDS,
        blockDuration: WINDOW_SECONDS,
      }),
    )
    limiters.set(keyPrefix, ready)
  }
  return ready
}

/** Seconds until this key (an IP address, or a staff account for the second factor) may try again; 0 when not blocked. */
export async function retryAfterSeconds(payload: Payload, kind: RateLimitKind, key: string | null): Promise<number> {
  const state = await (await limiter(payload, kind)).get(key ?? 'unknown')
  if (!state || state.consumedPoints < POINTS[kind]) return 0
  return Math.ceil(state.msBeforeNext / 1000)
}

export async function countAttempt(payload: Payload, kind: RateLimitKind, key: string | null): Promise<void> {
  try {
    await (await limiter(payload, kind)).consume(key ?? 'unknown')
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error
  }
}

/** Forgets the failures counted for this key (after a success). */
export async function clearAttempts(payload: Payload, kind: RateLimitKind, key: string): Promise<void> {
  await (await limiter(payload, kind)).delete(key)
}
