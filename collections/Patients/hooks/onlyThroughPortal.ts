import type { CollectionBeforeLoginHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { APIError } from 'payload'

/** Set by the portal's own sign-in and password-link code; never by a REST request. */
export const PORTAL_ACCOUNT_FLOW = { portalSignIn: true } as const

const ACCOUNT_OPERATIONS = new Set(['forgotPassword', 'resetPassword', 'refresh'])

function refuseOutsidePortal(req: PayloadRequest) {
  if (req.context?.portalSignIn !== true) {
    throw new APIError('Patients sign in and manage their password through the patient portal at /portal.', 403, null, true)
  }
}

/**
 * Patients sign in through the portal (next-auth), which creates a tracked server-side session.
 * Payload's own /api/patients/login would hand out an untracked token, so it is refused.
 */
export const onlyThroughPortal: CollectionBeforeLoginHook = ({ req, user }) => {
  refuseOutsidePortal(req)
  return user
}

/**
 * Payload's REST account routes would skip the portal's rules: forgot-password mails an admin link
 * and replaces a pending invitation, reset-password skips the password policy, refresh-token turns a
 * portal session into an untracked token. Only the portal's own server code may run them.
 */
export const accountOperationsOnlyThroughPortal: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (ACCOUNT_OPERATIONS.has(operation)) refuseOutsidePortal(req)
  return args
}
