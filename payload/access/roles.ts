import type { PayloadRequest } from 'payload'

export const STAFF_ROLES = ['admin', 'editor', 'specialist'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

type MaybeUser = PayloadRequest['user']

/** A signed-in member of staff (the `users` collection), never a patient. */
export function isStaffUser(user: MaybeUser): boolean {
  return Boolean(user && user.collection === 'users')
}

export function hasRole(user: MaybeUser, ...roles: StaffRole[]): boolean {
  if (!user || user.collection !== 'users') return false
  return roles.includes((user as { role?: StaffRole }).role as StaffRole)
}

/** A signed-in patient (the `patients` collection). */
export function isPatientUser(user: MaybeUser): boolean {
  return Boolean(user && user.collection === 'patients')
}
