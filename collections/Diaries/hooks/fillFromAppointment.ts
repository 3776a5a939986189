import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

import { findQuestionnaireFor } from '../../QuestionnaireTemplates/findQuestionnaire'

function idOf(value: unknown): number | null {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return Number.isInteger(Number(id)) && Number(id) > 0 ? Number(id) : null
}

/**
 * A new diary belongs to its appointment's patient and copies the questionnaire of the
 * appointment's procedure, whoever creates it (the patient's first answer, or staff in /admin).
 */
export const fillFromAppointment: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const appointmentId = idOf(data.appointment)
  const appointment = appointmentId
    ? await req.payload.findByID({ collection: 'appointments', id: appointmentId, depth: 0, overrideAccess: true, req }).catch(() => null)
    : null
  if (!appointment) throw new APIError('That appointment was not found.', 404, null, true)
  const { templateId, questionnaire } = await findQuestionnaireFor(req.payload, idOf(appointment.procedure), req)
  return {
    ...data,
    title: `Pain diary · ${appointment.title ?? `appointment ${appointment.id}`}`,
    patient: idOf(appointment.patient),
    template: templateId,
    questionnaire,
    status: 'in-progress',
  }
}
