/** Patient portal session rules (DESIGN.md "Identity and access"), as pure functions. */

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000
export const ABSOLUTE_LIFETIME_MS = 12 * 60 * 60 * 1000
/** How long before the idle deadline the portal warns the patient. */
export const IDLE_WARNING_MS = 60 * 1000
/** Activity closer together than this does not rewrite the session row. */
export const TOUCH_INTERVAL_MS = 30 * 1000

export type SessionTimes = {
  createdAt: Date | string
  lastSeenAt: Date | string
  revokedAt?: Date | string | null
}

export type SessionState = 'active' | 'revoked' | 'idle-expired' | 'expired'

const time = (value: Date | string) => new Date(value).getTime()

export function sessionState(session: SessionTimes, now: Date): SessionState {
  if (session.revokedAt) return 'revoked'
  if (now.getTime() - time(session.createdAt) >= ABSOLUTE_LIFETIME_MS) return 'expired'
  if (now.getTime() - time(session.lastSeenAt) >= IDLE_TIMEOUT_MS) return 'idle-expired'
  return 'active'
}

/** When the session ends if the patient does nothing more: the idle or the absolute limit, whichever is first. */
export function sessionDeadline(session: SessionTimes): Date {
  const idle = time(session.lastSeenAt) + IDLE_TIMEOUT_MS
  const absolute = time(session.createdAt) + ABSOLUTE_LIFETIME_MS
  return new Date(Math.min(idle, absolute))
}

export function shouldTouch(session: SessionTimes, now: Date): boolean {
  return now.getTime() - time(session.lastSeenAt) >= TOUCH_INTERVAL_MS
}
