'use server'

import { extendSession } from './actions'

export type StaySignedInResult = { remainingMs: number } | { expired: true }

/**
 * `extendSession()` for the idle-timeout warning, answered as time left rather than a clock time,
 * so a patient's device whose clock is wrong still warns and signs out at the right moment.
 */
export async function staySignedIn(): Promise<StaySignedInResult> {
  const result = await extendSession()
  if ('expired' in result) return { expired: true }
  return { remainingMs: Math.max(0, new Date(result.deadline).getTime() - Date.now()) }
}
