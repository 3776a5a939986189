import type { Payload } from 'payload'

import { formatDate, type ClinicFormats } from '@/lib/dates'
import type { Clinician } from './clinician'
import { actAs } from '../access'

/** One line for the specialist: which version the patient signed for this appointment, and its state. */
export async function consentStatusFor(payload: Payload, clinician: Clinician, appointmentId: number, formats: ClinicFormats): Promise<string> {
  const { docs } = await payload.find({
    collection: 'consents',
    where: { appointment: { equals: appointmentId } },
    sort: '-signedAt',
    limit: 1,
    depth: 0,
    ...actAs(clinician),
  })
  const consent = docs[0]
  if (!consent) return 'Not signed.'
  const signed = `“${consent.documentTitle}”, version ${consent.documentVersion}, signed ${formatDate(new Date(consent.signedAt), formats)}`
  return consent.status === 'withdrawn' && consent.withdrawnAt ? `${signed}; withdrawn ${formatDate(new Date(consent.withdrawnAt), formats)}.` : `${signed}.`
}
