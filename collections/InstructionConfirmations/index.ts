import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'
import { APIError } from 'payload'
import { nullUnlessUnavailable } from '@/payload/http/endpoint'

import { actAs, clinicianOrOwnPatientRecords, isPatientUser, nobody } from '@/payload/access'
import { auditStaffAccess } from '@/payload/hooks/auditStaffAccess'

/** A patient may confirm only their own appointment; the server decides who and when. */
const belongsToSigningPatient: CollectionBeforeValidateHook = async ({ data, req, operation }) => {
  if (operation !== 'create' || !isPatientUser(req.user) || !req.user) return data
  const appointmentId = Number(data?.appointment)
  const appointment = await req.payload
    .findByID({ collection: 'appointments', id: appointmentId, ...actAs(req.user), depth: 0, req })
    .catch(nullUnlessUnavailable)
  if (!appointment) throw new APIError('That appointment was not found.', 404, null, true)
  return { appointment: appointment.id, patient: req.user.id, confirmedAt: new Date().toISOString() }
}

/** "I have read my instructions", one per appointment, kept with the time. */
export const InstructionConfirmations: CollectionConfig = {
  slug: 'instruction-confirmations',
  admin: { group: 'Clinic', hidden: true },
  access: {
    read: clinicianOrOwnPatientRecords,
    create: ({ req }) => isPatientUser(req.user),
    update: nobody,
    delete: nobody,
  },
  hooks: { beforeValidate: [belongsToSigningPatient], afterOperation: [auditStaffAccess] },
  fields: [
    { name: 'appointment', type: 'relationship', relationTo: 'appointments', required: true, unique: true },
    { name: 'patient', type: 'relationship', relationTo: 'patients', required: true, index: true },
    { name: 'confirmedAt', type: 'date', required: true },
  ],
}
