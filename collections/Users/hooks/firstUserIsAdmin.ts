import type { CollectionBeforeChangeHook } from 'payload'
import { asSystem } from '@/payload/access'

/** The very first staff account (created at /admin/create-first-user) must be able to administer the clinic. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  // asSystem: only an empty staff table makes the first account an admin.
  const { totalDocs } = await req.payload.count({ collection: 'users', req, ...asSystem })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
