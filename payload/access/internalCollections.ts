import type { Access, Payload } from 'payload'

import { isStaffUser } from './roles'

/** Payload's own collections that any signed-in user may use by default, patients included. */
const STAFF_ONLY_INTERNAL = ['payload-locked-documents'] as const

/**
 * Payload adds its document-lock collection after plugins run, open to every signed-in user. A patient
 * could then see which records staff are editing, or lock records in a staff member's name. Called
 * from `onInit`: each access rule also requires a member of staff.
 */
export function keepInternalCollectionsToStaff(payload: Payload): void {
  for (const slug of STAFF_ONLY_INTERNAL) {
    const access = payload.collections[slug]?.config.access as Record<string, Access> | undefined
    if (!access) continue
    for (const operation of ['create', 'read', 'update', 'delete'] as const) {
      const original = access[operation]
      access[operation] = (args) => (isStaffUser(args.req.user) ? (original ? original(args) : true) : false)
    }
  }
}
