import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

import { hasRole } from '@/payload/access'

/**
 * Whoever controls a patient's email or password controls their portal account: their consent,
 * diary and results. After the record is created, only an admin may change either; patients set
 * their own password through their invitation or reset link.
 */
export const accountDetailsOnlyByAdmin: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !req.user || hasRole(req.user, 'admin')) return data
  const emailChanged = typeof data?.email === 'string' && data.email.trim().toLowerCase() !== String(originalDoc?.email ?? '').toLowerCase()
  if (emailChanged || data?.password) {
    throw new APIError('Only an admin can change a patient’s email address or password.', 403, null, true)
  }
  return data
}
