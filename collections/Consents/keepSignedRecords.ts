import type { CollectionBeforeDeleteHook } from 'payload'
import { APIError } from 'payload'

import { asSystem } from '@/payload/access'

/** The records a signed consent names: deleting one would orphan or rewrite the signed record. */
const REFERENCED_BY_CONSENTS = { patients: 'patient', appointments: 'appointment' } as const

const WHY = {
  patients: 'This patient has signed a consent, and a signed consent is kept unchanged with the patient it names, so the patient cannot be deleted.',
  appointments:
    'This appointment holds a signed consent, and a signed consent is kept unchanged with the appointment it names, so the appointment cannot be deleted. Cancel it instead (status “cancelled”).',
}

/**
 * Refuses, with a 409 that says why, to delete a patient or an appointment that a signed consent
 * (signed or withdrawn: both are kept) refers to. Without it the database's immutability trigger
 * refuses the cascade and the caller sees a 500. Used by the Patients and Appointments collections.
 */
export function refuseDeleteWhileConsentsName(slug: keyof typeof REFERENCED_BY_CONSENTS): CollectionBeforeDeleteHook {
  return async ({ id, req }) => {
    const { totalDocs } = await req.payload.count({
      collection: 'consents',
      where: { [REFERENCED_BY_CONSENTS[slug]]: { equals: id } },
      // asSystem: every consent counts, whoever asks to delete.
      ...asSystem,
      req,
    })
    if (totalDocs > 0) throw new APIError(WHY[slug], 409, null, true)
  }
}
