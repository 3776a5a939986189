import type { PayloadRequest } from 'payload'

import { actAs, asSystem, hasRole, isPatientUser } from '@/payload/access'
import type { Appointment, Diary } from '@/payload-types'
import type { DiaryEntry } from '@/lib/diary'
import { DIARY_PROBLEMS } from '@/lib/diary/problems'
import { toDiaryEntry, type DiaryState } from '../state'
import { signedOutOrUnavailable } from '@/payload/auth/signedOut'
import { nullUnlessUnavailable, problem } from '@/payload/http/endpoint'

export const SUBMITTED_MESSAGE = DIARY_PROBLEMS.submitted
export const NOT_FOUND_MESSAGE = DIARY_PROBLEMS.appointmentNotFound
export const CANCELLED_MESSAGE = DIARY_PROBLEMS.cancelled

type Who = 'patient' | 'patient-or-clinician'

/**
 * The appointment named in the URL, if the caller may keep its diary: its own patient (or, for the
 * block time, clinical staff). Another patient's appointment answers exactly like a missing one.
 */
export async function diaryAppointment(req: PayloadRequest, who: Who): Promise<Appointment | Response> {
  if (!req.user) return signedOutOrUnavailable(req, 'Your session has ended. Sign in again to continue.')
  const allowed = isPatientUser(req.user) || (who === 'patient-or-clinician' && hasRole(req.user, 'admin', 'specialist'))
  if (!allowed) return problem(403, 'Only the patient can fill in their diary.')
  const notFound = problem(404, NOT_FOUND_MESSAGE)
  const id = Number(req.routeParams?.appointmentId)
  if (!Number.isInteger(id) || id <= 0) return notFound
  const appointment = await req.payload
    .findByID({ collection: 'appointments', id, ...actAs(req.user), depth: 0, req })
    .catch(nullUnlessUnavailable)
  if (!appointment) return notFound
  if (appointment.status === 'cancelled') return problem(409, CANCELLED_MESSAGE)
  return appointment
}

// asSystem: diaries are kept by the endpoints; each caller's access to the appointment is checked first (diaryAppointment).
export async function findDiary(req: PayloadRequest, appointmentId: number): Promise<Diary | null> {
  const { docs } = await req.payload.find({
    collection: 'diaries',
    where: { appointment: { equals: appointmentId } },
    limit: 1,
    depth: 0,
    ...asSystem,
    req,
  })
  return docs[0] ?? null
}

/** The appointment's diary, started on first use. Two first answers racing both end up with the one diary. */
export async function ensureDiary(req: PayloadRequest, appointment: Appointment): Promise<Diary> {
  const existing = await findDiary(req, appointment.id)
  if (existing) return existing
  try {
    return await req.payload.create({ collection: 'diaries', data: { appointment: appointment.id } as never, ...asSystem, req })
  } catch (error) {
    const created = await findDiary(req, appointment.id)
    if (created) return created
    throw error
  }
}

export async function listEntries(req: PayloadRequest, diaryId: number): Promise<DiaryEntry[]> {
  const { docs } = await req.payload.find({
    collection: 'diary-entries',
    where: { diary: { equals: diaryId } },
    sort: 'answeredAt',
    pagination: false,
    depth: 0,
    ...asSystem,
    req,
  })
  return docs.map(toDiaryEntry)
}

export function respondWith(state: DiaryState, status = 200): Response {
  return Response.json(state, { status, headers: { 'Cache-Control': 'no-store' } })
}
