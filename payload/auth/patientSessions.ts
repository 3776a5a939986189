import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import { sessionState, shouldTouch } from '@/lib/sessions'
import { asSystem } from '../access'

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
