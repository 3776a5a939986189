import type { Access, FieldAccess } from 'payload'

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
