import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'
import { relationId } from '@/lib/relations'
import { asSystem } from '@/payload/access'

/** Records that hang off an appointment and belong to its patient. */
const PATIENT_RECORDS = ['diaries', 'consents', 'instruction-confirmations'] as const

/**
 * An appointment's patient can be corrected only while nothing of theirs hangs off it. Once the patient
 * has confirmed instructions, signed consent or started a diary, moving the appointment would hand
 * those records to someone else.
 */
export const keepPatientOnceRecordsExist: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || data?.patient === undefined || relationId(data.patient) === relationId(originalDoc?.patient)) return data
  // asSystem: records must be counted whoever is moving the appointment.
  const counts = await Promise.all(
    PATIENT_RECORDS.map((collection) => req.payload.count({ collection, where: { appointment: { equals: originalDoc.id } }, ...asSystem, req })),
  )
  if (counts.some(({ totalDocs }) => totalDocs > 0)) {
    throw new APIError(
        'This appointment already holds the patient’s own records (instructions confirmed, consent or diary), so it cannot move to another patient. Cancel it and book a new appointment for the right patient.',
        409,
        null,
      true,
    )
  }
  return data
}
