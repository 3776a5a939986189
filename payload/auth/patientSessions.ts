import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import { sessionState, shouldTouch } from '@/lib/sessions'
import { asSystem } from '../access'
import type { Queryable } from '../db/pool'

export type PatientSession = { id: number; sid: string; patient: number; createdAt: string; lastSeenAt: string; revokedAt?: string | null }

export async function createPatientSession(
  payload: Payload,
  patientId: number,
  client: { ip: string | null; userAgent: string | null },
): Promise<string> {
  const sid = randomUUID()
  await payload.create({
    collection: 'patient-sessions',
    ...asSystem,
    data: { sid, patient: patientId, lastSeenAt: new Date().toISOString(), ip: client.ip, userAgent: client.userAgent },
  })
  return sid
}

async function findSession(payload: Payload, sid: string): Promise<PatientSession | null> {
  const { docs } = await payload.find({
    collection: 'patient-sessions',
    where: { sid: { equals: sid } },
    limit: 1,
    depth: 0,
    ...asSystem,
  })
  return (docs[0] as unknown as PatientSession) ?? null
}

/** The live session for `sid`, its idle clock restarted; null once idle, expired or signed out. */
export async function touchActiveSession(payload: Payload, sid: string, now = new Date()): Promise<PatientSession | null> {
  const session = await findSession(payload, sid)
  if (!session || sessionState(session, now) !== 'active') return null
  if (shouldTouch(session, now)) {
    await payload.update({
      collection: 'patient-sessions',
      id: session.id,
      ...asSystem,
      data: { lastSeenAt: now.toISOString() },
    })
    return { ...session, lastSeenAt: now.toISOString() }
  }
  return session
}

/**
 * The patient of the live session `sid`, its idle clock restarted (at most every TOUCH_INTERVAL_MS: one
 * row write per session per half minute, however often the patient saves); null once idle, expired,
 * signed out, or when the patient record is gone. The same rules as `touchActiveSession` in one read
 * (and the rare write), for the autosave route, which needs only who the patient is.
 */
export async function livePatientOfSession(db: Queryable, sid: string, now = new Date()): Promise<number | null> {
  const { rows } = await db.query(
    `SELECT s.id, s.patient_id, s.created_at, s.last_seen_at, s.revoked_at
     FROM patient_sessions s JOIN patients p ON p.id = s.patient_id
     WHERE s.sid = $1 LIMIT 1`,
    [sid],
  )
  const row = rows[0]
  if (!row) return null
  const session = { createdAt: row.created_at, lastSeenAt: row.last_seen_at, revokedAt: row.revoked_at }
  if (sessionState(session, now) !== 'active') return null
  if (shouldTouch(session, now)) {
    // Never moves the clock back if a later request touched it first.
    await db.query(`UPDATE patient_sessions SET last_seen_at = $2, updated_at = $2 WHERE id = $1 AND last_seen_at < $2`, [row.id, now])
  }
  return row.patient_id as number
}

/** Whether `sid` names a live session, without restarting its idle clock (reading is not activity). */
export async function isSessionActive(payload: Payload, sid: string, now = new Date()): Promise<boolean> {
  const session = await findSession(payload, sid)
  return Boolean(session && sessionState(session, now) === 'active')
}

export async function revokePatientSession(payload: Payload, sid: string): Promise<PatientSession | null> {
  const session = await findSession(payload, sid)
  if (!session || session.revokedAt) return session
  await payload.update({
    collection: 'patient-sessions',
    id: session.id,
    ...asSystem,
    data: { revokedAt: new Date().toISOString() },
  })
  return session
}

/** Ends every open session of a patient, e.g. when their password changes: a stolen cookie stops working. */
export async function revokeAllPatientSessions(payload: Payload, patientId: number): Promise<void> {
  await payload.update({
    collection: 'patient-sessions',
    where: { and: [{ patient: { equals: patientId } }, { revokedAt: { exists: false } }] },
    ...asSystem,
    data: { revokedAt: new Date().toISOString() },
  })
}
