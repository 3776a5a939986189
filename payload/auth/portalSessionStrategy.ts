import type { AuthStrategy } from 'payload'

import { touchActiveSession } from './patientSessions'
import { isCrossSiteRequest } from './crossSite'
import { readPortalToken } from './sessionCookie'
import { asSystem } from '../access'
import { databaseUnavailable } from '../http/databaseFailure'
import { nullUnlessUnavailable } from '../http/endpoint'

export { isCrossSiteRequest }

/**
 * Lets Payload see the patient signed in to the portal: the REST API and every Local API call with
 * `overrideAccess: false` apply the patient's access rules. The session must still be alive, and the
 * request must come from the portal's own pages (or a tool that sends no Sec-Fetch-Site at all).
 */
export const portalSessionStrategy: AuthStrategy = {
  name: 'portal-session',
  authenticate: async ({ headers, payload }) => {
    if (isCrossSiteRequest(headers)) return { user: null }
    const token = await readPortalToken(headers)
    if (!token?.sid) return { user: null }
    try {
      const session = await touchActiveSession(payload, token.sid)
      if (!session) return { user: null }
      // asSystem: this is the sign-in check itself: no user exists until it returns one.
      const patient = await payload
        .findByID({ collection: 'patients', id: session.patient, depth: 0, ...asSystem })
        .catch(nullUnlessUnavailable)
      if (!patient) return { user: null }
      return { user: { ...patient, collection: 'patients', _strategy: 'portal-session', _sid: session.sid } as never }
    } catch (error) {
      // The database is not answering: no user for now. A route that needs one asks again
      // (payload/auth/signedOut.ts) and answers 503, not "your session has ended".
      if (databaseUnavailable(error)) return { user: null }
      throw error
    }
  },
}
