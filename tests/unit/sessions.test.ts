import { describe, expect, it } from 'vitest'

import { ABSOLUTE_LIFETIME_MS, IDLE_TIMEOUT_MS, sessionDeadline, sessionState, shouldTouch } from '@/lib/sessions'

const start = new Date('2026-12-01T08:00:00Z')
const at = (ms: number) => new Date(start.getTime() + ms)

describe('patient session rules', () => {
  it('is active while the patient keeps using it', () => {
    expect(sessionState({ createdAt: start, lastSeenAt: at(IDLE_TIMEOUT_MS - 1) }, at(IDLE_TIMEOUT_MS + 1000))).toBe('active')
  })

  it('ends after 30 idle minutes', () => {
    expect(sessionState({ createdAt: start, lastSeenAt: start }, at(IDLE_TIMEOUT_MS))).toBe('idle-expired')
  })

  it('ends after 12 hours however active the patient is', () => {
    expect(sessionState({ createdAt: start, lastSeenAt: at(ABSOLUTE_LIFETIME_MS - 1000) }, at(ABSOLUTE_LIFETIME_MS))).toBe('expired')
  })

  it('stays ended once revoked by sign-out', () => {
    expect(sessionState({ createdAt: start, lastSeenAt: start, revokedAt: start }, at(1000))).toBe('revoked')
  })

  it('reports the earlier of the idle and absolute deadlines', () => {
    expect(sessionDeadline({ createdAt: start, lastSeenAt: start })).toEqual(at(IDLE_TIMEOUT_MS))
    const late = at(ABSOLUTE_LIFETIME_MS - 5 * 60 * 1000)
    expect(sessionDeadline({ createdAt: start, lastSeenAt: late })).toEqual(at(ABSOLUTE_LIFETIME_MS))
  })

  it('touches the row at most every 30 seconds', () => {
    expect(shouldTouch({ createdAt: start, lastSeenAt: start }, at(10_000))).toBe(false)
    expect(shouldTouch({ createdAt: start, lastSeenAt: start }, at(31_000))).toBe(true)
  })
})
