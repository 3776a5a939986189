import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'
import { nullUnlessUnavailable } from '@/payload/http/endpoint'

import { findQuestionnaireFor } from '@/collections/QuestionnaireTemplates/findQuestionnaire'
import { toLocale } from '@/lib/i18n/config'
import { relationId } from '@/lib/relations'
import { asSystem } from '@/payload/access'

/**
 * A new diary belongs to its appointment's patient and copies the questionnaire of the
 * appointment's procedure, in the patient's language, whoever creates it (the patient's first
 * answer, or staff in /admin).
 */
export const fillFromAppointment: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const appointmentId = relationId(data.appointment)
  // asSystem: copies facts from an appointment the caller's access already reached.
  const appointment = appointmentId
    ? await req.payload.findByID({ collection: 'appointments', id: appointmentId, depth: 0, ...asSystem, req }).catch(nullUnlessUnavailable)
    : null
  if (!appointment) throw new APIError('That appointment was not found.', 404, null, true)
  const patientId = relationId(appointment.patient)
  // asSystem: the language of the appointment's own patient, to copy the questions in it.
  const patient = patientId ? await req.payload.findByID({ collection: 'patients', id: patientId, depth: 0, ...asSystem, req }).catch(nullUnlessUnavailable) : null
  const locale = toLocale((patient as { language?: unknown } | null)?.language)
  const { templateId, questionnaire } = await findQuestionnaireFor(req.payload, relationId(appointment.procedure), req, locale)
  return {
    ...data,
    title: `Pain diary · ${appointment.title ?? `appointment ${appointment.id}`}`,
    patient: patientId,
    template: templateId,
    questionnaire,
    status: 'in-progress',
  }
}
