import type { PayloadRequest } from 'payload'

import { isSessionActive } from './patientSessions'
import { isCrossSiteRequest } from './portalSessionStrategy'
import { readPortalToken } from './sessionCookie'
import { databaseUnavailable } from '../http/databaseFailure'
import { problem, unavailable } from '../http/endpoint'

/**
 * For a request that reached a patient route without a patient: 503 when it carries a portal session
 * that is still alive, or whose state the database cannot tell right now (the session lookup failed on
 * the way in: try again); null when the patient is really signed out.
 */
export async function unavailableSessionLookup(req: PayloadRequest): Promise<Response | null> {
  if (isCrossSiteRequest(req.headers)) return null
  const token = await readPortalToken(req.headers)
  if (!token?.sid) return null
  try {
    return (await isSessionActive(req.payload, token.sid)) ? unavailable() : null
  } catch (error) {
    if (databaseUnavailable(error)) return unavailable()
    throw error
  }
}

/** 401 with `message`, unless the session could not be looked up (503, never "sign in again"). */
export async function signedOutOrUnavailable(req: PayloadRequest, message: string): Promise<Response> {
  return (await unavailableSessionLookup(req)) ?? problem(401, message)
}
