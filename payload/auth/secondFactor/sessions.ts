import { JWTAuthentication, type Payload, type Where } from 'payload'

import type { User } from '@/payload-types'
import { asSystem } from '@/payload/access'
import { payloadSessionIds } from './store'

export type StaffSession = { user: User & { collection: 'users' }; sid: string }
export type PassMethod = 'enrolment' | 'authenticator-code' | 'recovery-code'

// asSystem throughout: this record is what decides whether a staff member is signed in at all.
const COLLECTION = 'second-factor-sessions'

/**
 * The staff member whose password-checked token these headers carry, whether or not the second step is
 * done: Payload's own JWT check (signature, expiry, session still on the user's record), run directly.
 */
export async function staffSessionFrom(payload: Payload, headers: Headers): Promise<StaffSession | null> {
  const { user } = await JWTAuthentication({ headers, payload, canSetHeaders: false, isGraphQL: false, strategyName: 'local-jwt' })
  const sid = (user as { _sid?: unknown } | null)?._sid
  if (!user || user.collection !== 'users' || typeof sid !== 'string') return null
  return { user: user as unknown as StaffSession['user'], sid }
}

export async function sessionPassedSecondStep(payload: Payload, userId: number | string, sid: string | undefined): Promise<boolean> {
  if (!sid) return false
  const row = await payload.db.findOne<{ id: number; user: number | { id: number } }>({ collection: COLLECTION, where: { sid: { equals: sid } } })
  if (!row) return false
  const owner = typeof row.user === 'object' ? row.user.id : row.user
  return String(owner) === String(userId)
}

/** Records that this session passed, and forgets passes of sessions Payload no longer has. */
export async function markSessionPassed(payload: Payload, session: StaffSession, method: PassMethod): Promise<void> {
  const live = await payloadSessionIds(payload, session.user.id)
  await payload.delete({
    collection: COLLECTION,
    where: { and: [{ user: { equals: session.user.id } }, { sid: { not_in: live } }] },
    ...asSystem,
    depth: 0,
  })
  if (!(await sessionPassedSecondStep(payload, session.user.id, session.sid))) {
    await payload.create({ collection: COLLECTION, data: { sid: session.sid, user: session.user.id, method }, ...asSystem, depth: 0 })
  }
}

export async function forgetPassedSessions(payload: Payload, userId: number, sid?: string): Promise<void> {
  const where: Where = sid ? { and: [{ user: { equals: userId } }, { sid: { equals: sid } }] } : { user: { equals: userId } }
  await payload.delete({ collection: COLLECTION, where, ...asSystem, depth: 0 })
}
