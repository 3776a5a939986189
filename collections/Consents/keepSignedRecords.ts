import type { CollectionBeforeDeleteHook, CollectionConfig, Config, Plugin } from 'payload'
import { APIError } from 'payload'

/** The records a signed consent names: deleting one would orphan or rewrite the signed record. */
const REFERENCED_BY_CONSENTS = { patients: 'patient', appointments: 'appointment' } as const

const WHY = {
  patients: 'This patient has signed a consent, and a signed consent is kept unchanged with the patient it names, so the patient cannot be deleted.',
  appointments:
    'This appointment holds a signed consent, and a signed consent is kept unchanged with the appointment it names, so the appointment cannot be deleted. Cancel it instead (status “cancelled”).',
}

function refuseWhileConsentsRefer(slug: keyof typeof REFERENCED_BY_CONSENTS): CollectionBeforeDeleteHook {
  return async ({ id, req }) => {
    const { totalDocs } = await req.payload.count({
      collection: 'consents',
      where: { [REFERENCED_BY_CONSENTS[slug]]: { equals: id } },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) throw new APIError(WHY[slug], 409, null, true)
  }
}

/**
 * Refuses, with a 409 that says why, to delete a patient or an appointment that a signed consent
 * (signed or withdrawn: both are kept) refers to. Without it the database's immutability trigger
 * refuses the cascade and the caller sees a 500.
 */
export const keepRecordsThatConsentsName: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection: CollectionConfig) => {
    if (!(collection.slug in REFERENCED_BY_CONSENTS)) return collection
    const slug = collection.slug as keyof typeof REFERENCED_BY_CONSENTS
    const hooks = collection.hooks ?? {}
    return { ...collection, hooks: { ...hooks, beforeDelete: [refuseWhileConsentsRefer(slug), ...(hooks.beforeDelete ?? [])] } }
  }),
})
