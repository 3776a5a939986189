import type { CollectionBeforeLoginHook } from 'payload'
import { APIError } from 'payload'

/**
 * Patients sign in through the portal (next-auth), which creates a tracked server-side session.
 * Payload's own /api/patients/login would hand out an untracked token, so it is refused.
 */
export const onlyThroughPortal: CollectionBeforeLoginHook = ({ req, user }) => {
  if (req.context?.portalSignIn !== true) {
    throw new APIError('Patients sign in through the patient portal at /portal.', 403, null, true)
  }
  return user
}
