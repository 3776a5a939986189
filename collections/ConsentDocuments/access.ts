import type { Access } from 'payload'

import { hasRole, isPatientUser, isStaffUser } from '@/payload/access'

/** Staff read every version and draft; a signed-in patient reads published versions only. */
export const staffOrPublishedForPatients: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  if (isPatientUser(req.user)) return { _status: { equals: 'published' } }
  return false
}

/** Editors change and delete drafts only: a published version is frozen (see hooks.ts). */
export const editorsOnDrafts: Access = ({ req }) => {
  if (!hasRole(req.user, 'admin', 'editor')) return false
  return { _status: { not_equals: 'published' } }
}
