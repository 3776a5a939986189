import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'
import { nullUnlessUnavailable } from '@/payload/http/endpoint'

import { findQuestionnaireFor } from '@/collections/QuestionnaireTemplates/findQuestionnaire'
import { relationId } from '@/lib/relations'
import { asSystem } from '@/payload/access'

/**
 * A new diary belongs to its appointment's patient and copies the questionnaire of the
 * appointment's procedure, whoever creates it (the patient's first answer, or staff in /admin).
 */
export const fillFromAppointment: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const appointmentId = relationId(data.appointment)
  // asSystem: copies facts from an appointment the caller's access already reached.
  const appointment = appointmentId
    ? await req.payload.findByID({ collection: 'appointments', id: appointmentId, depth: 0, ...asSystem, req }).catch(nullUnlessUnavailable)
    : null
  if (!appointment) throw new APIError('That appointment was not found.', 404, null, true)
  const { templateId, questionnaire } = await findQuestionnaireFor(req.payload, relationId(appointment.procedure), req)
  return {
    ...data,
    title: `Pain diary · ${appointment.title ?? `appointment ${appointment.id}`}`,
    patient: relationId(appointment.patient),
    template: templateId,
    questionnaire,
    status: 'in-progress',
  }
}
