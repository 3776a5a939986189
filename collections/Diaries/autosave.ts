/**
 * The diary autosave of a patient with a live portal session: the busiest write of the portal, so it
 * takes the shortest way that keeps every rule. Four statements (README "Benchmarks" says why):
 * 1. the session and its patient (payload/auth/patientSessions.ts `livePatientOfSession`; its idle
 *    clock is rewritten at most every 30 s),
 * 2. the appointment, only if it is that patient's own, with its diary (`ownAppointmentDiary`: the
 *    patient's read rule for appointments, as SQL),
 * 3. the upsert of the answers (`upsertEntries`), and
 * 4. the diary with its answers as stored (`diaryWithEntries`),
 * with the same validation and answers as the Payload endpoint (endpoints/saveEntries.ts), whose code
 * it shares. No Payload request is built: no auth strategies, no document lookups through the access
 * layer, no hooks (this path reads no staff-only data and writes only the answers table, as before).
 *
 * Anything else is left to the Payload endpoint (this returns null): no portal cookie, a cross-site
 * request, a session that is not live (401 there, or 503 while the database cannot tell), and the
 * first answer of a diary not started yet (the endpoint starts it through Payload, with its hooks).
 */
import type { Payload } from 'payload'

import { readPortalToken } from '@/payload/auth/sessionCookie'
import { livePatientOfSession } from '@/payload/auth/patientSessions'
import { isCrossSiteRequest } from '@/payload/auth/portalSessionStrategy'
import { poolOf } from '@/payload/db/pool'
import { databaseUnavailable } from '@/payload/http/databaseFailure'
import { problem, unavailable } from '@/payload/http/endpoint'
import { ownAppointmentDiary } from './store'
import { CANCELLED_MESSAGE, NOT_FOUND_MESSAGE } from './endpoints/context'
import { readAnswers, storeAnswers } from './endpoints/saveEntries'

async function autosave(payload: Payload, request: Request, appointmentParam: string): Promise<Response | null> {
  if (isCrossSiteRequest(request.headers)) return null
  const token = await readPortalToken(request.headers)
  if (!token?.sid) return null
  const db = poolOf(payload)
  const patientId = await livePatientOfSession(db, token.sid)
  if (patientId === null) return null

  const appointmentId = Number(appointmentParam)
  if (!Number.isInteger(appointmentId) || appointmentId <= 0) return problem(404, NOT_FOUND_MESSAGE)
  // Another patient's appointment answers exactly like a missing one.
  const own = await ownAppointmentDiary(db, appointmentId, patientId)
  if (!own) return problem(404, NOT_FOUND_MESSAGE)
  if (own.appointmentStatus === 'cancelled') return problem(409, CANCELLED_MESSAGE)
  if (!own.diary) return null

  const answers = await readAnswers(request)
  if (answers instanceof Response) return answers
  return storeAnswers(db, own.diary, answers)
}

/**
 * The answer for a live patient session's autosave, or null for the Payload endpoint to answer. A
 * database that is not answering is a pause (503, Retry-After): the portal keeps the answers and tries
 * again. Any other failure is logged as one line without the request's contents, and answered 500.
 */
export async function autosaveForLiveSession(payload: Payload, request: Request, appointmentParam: string): Promise<Response | null> {
  try {
    return await autosave(payload, request, appointmentParam)
  } catch (error) {
    if (databaseUnavailable(error)) return unavailable()
    payload.logger.error({ err: error }, 'diary autosave failed')
    return problem(500, 'Something went wrong while saving. Your answers are kept; try again in a moment.')
  }
}
