import type { PayloadRequest } from 'payload'

import { isSessionActive } from './patientSessions'
import { isCrossSiteRequest } from './portalSessionStrategy'
import { readPortalToken } from './sessionCookie'
import { databaseUnavailable } from '../http/databaseFailure'
import { problem, unavailable } from '../http/endpoint'

/**
 * The answer for a request that reached a patient route without a patient. When it carries a portal
 * session that is still alive, or whose state the database cannot tell right now, the session lookup
 * failed on the way in: 503 (try again), never 401, which the portal reads as "sign in again".
 */
export async function signedOutOrUnavailable(req: PayloadRequest, message: string): Promise<Response> {
  const signedOut = problem(401, message)
  if (isCrossSiteRequest(req.headers)) return signedOut
  const token = await readPortalToken(req.headers)
  if (!token?.sid) return signedOut
  try {
    return (await isSessionActive(req.payload, token.sid)) ? unavailable() : signedOut
  } catch (error) {
    if (databaseUnavailable(error)) return unavailable()
    throw error
  }
}
