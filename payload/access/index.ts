import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { hasRole, isPatientUser, isStaffUser } from './roles'

export { hasRole, isPatientUser, isStaffUser, STAFF_ROLES, type StaffRole } from './roles'

export const anyone: Access = () => true
export const nobody: Access = () => false

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')
export const isStaff: Access = ({ req }) => isStaffUser(req.user)
export const isContentEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')
export const isClinician: Access = ({ req }) => hasRole(req.user, 'admin', 'specialist')

/** Staff see drafts; everyone else sees only published documents. */
export const publishedOrStaff: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  return { _status: { equals: 'published' } }
}

/** Admins see every staff account; other staff only their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (isStaffUser(req.user) && req.user) return { id: { equals: req.user.id } }
  return false
}

type SignedIn = NonNullable<PayloadRequest['user']>
export type ClinicianCheck = { ok: true; clinician: SignedIn } | { ok: false; status: 401 | 403; message: string }

/**
 * Whether this user may use the clinic workspace and its exports (specialists and admins), or the
 * status and plain words to refuse with. The review pages, the summary PDF and the FHIR routes all
 * ask this one question.
 */
export function checkClinician(user: PayloadRequest['user'], doingWhat: string): ClinicianCheck {
  if (!user) return { ok: false, status: 401, message: `Sign in as clinical staff to ${doingWhat}.` }
  if (!hasRole(user, 'admin', 'specialist')) return { ok: false, status: 403, message: `Only specialists and admins can ${doingWhat}.` }
  return { ok: true, clinician: user }
}

export type PatientCheck = { ok: true; patient: SignedIn } | { ok: false; status: 401 | 403; message: string }

/** Whether this is a signed-in patient acting for themselves, or the status and plain words to refuse with. */
export function checkPatient(user: PayloadRequest['user'], doingWhat: string): PatientCheck {
  if (!user) return { ok: false, status: 401, message: `Your session has ended. Sign in to the patient portal to ${doingWhat}.` }
  if (!isPatientUser(user)) return { ok: false, status: 403, message: `Only the patient can ${doingWhat}.` }
  return { ok: true, patient: user }
}

export const adminFieldOnly: FieldAccess = ({ req }) => hasRole(req.user, 'admin')

/** Clinical records: specialists and admins see all; a patient only rows whose `patient` is them. */
export const clinicianOrOwnPatientRecords: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'specialist')) return true
  if (isPatientUser(req.user) && req.user) return { patient: { equals: req.user.id } }
  return false
}

/** The patient record itself: clinicians see all; a patient only their own. */
export const clinicianOrSelfPatient: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'specialist')) return true
  if (isPatientUser(req.user) && req.user) return { id: { equals: req.user.id } }
  return false
}

/** Local API options for a call made on behalf of this user: their own access rules apply. */
export function actAs<U extends PayloadRequest['user']>(user: U) {
  return { user, overrideAccess: false } as const
}

/**
 * Local API options for a call the system makes for itself, with every access rule off. Each use says
 * why beside it (a search for `asSystem` lists them all). Payload's Local API also skips access when
 * `overrideAccess` is left out: always pass one of these two.
 */
export const asSystem = { overrideAccess: true } as const
