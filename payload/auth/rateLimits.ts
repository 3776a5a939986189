import type { Payload } from 'payload'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

/** Failed sign-ins (and password-link requests) allowed per IP address in the window. */
export const FAILED_SIGN_INS_PER_IP = 10
const WINDOW_SECONDS = 15 * 60

const limiters = new Map<string, Promise<RateLimiterPostgres>>()

/**
 * Counters live in Postgres (`rate_limits`), so every app instance shares them. The table is created
 * by a migration (the app's database role may not create tables), so the limiter is ready at once.
 */
function limiter(payload: Payload, keyPrefix: string): Promise<RateLimiterPostgres> {
  let ready = limiters.get(keyPrefix)
  if (!ready) {
    ready = Promise.resolve(
      new RateLimiterPostgres({
        storeClient: (payload.db as unknown as { pool: unknown }).pool,
        storeType: 'pool',
        tableName: 'rate_limits',
        tableCreated: true,
        keyPrefix,
        points: FAILED_SIGN_INS_PER_IP,
        duration: WINDOW_SECONDS,
        blockDuration: WINDOW_SECONDS,
      }),
    )
    limiters.set(keyPrefix, ready)
  }
  return ready
}

export type RateLimitKind = 'sign-in' | 'password-link'

/** Seconds until this IP may try again, or 0 when it is not blocked. */
export async function retryAfterSeconds(payload: Payload, kind: RateLimitKind, ip: string | null): Promise<number> {
  const state = await (await limiter(payload, kind)).get(ip ?? 'unknown')
  if (!state || state.consumedPoints < FAILED_SIGN_INS_PER_IP) return 0
  return Math.ceil(state.msBeforeNext / 1000)
}

export async function countAttempt(payload: Payload, kind: RateLimitKind, ip: string | null): Promise<void> {
  try {
    await (await limiter(payload, kind)).consume(ip ?? 'unknown')
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error
  }
}
