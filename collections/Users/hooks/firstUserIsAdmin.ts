import type { CollectionBeforeChangeHook } from 'payload'

/** The very first staff account (created at /admin/create-first-user) must be able to administer the clinic. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
