import type { CollectionBeforeChangeHook } from 'payload'
import { APIError, ValidationError } from 'payload'

import { answerSetSchema, checkAnswerable, scoreAnswers } from '@/lib/outcomes'
import { relationId } from '@/lib/relations'
import { actAs, asSystem, isPatientUser } from '@/payload/access'
import { nullUnlessUnavailable } from '@/payload/http/endpoint'
import { followUpView } from '@/payload/outcomes/followUps'
import { loadClinicFormats } from '@/payload/globals/clinicFormats'

const FOLLOW_UP_RESPONSES_SLUG = 'follow-up-responses'

/** Why a point cannot take answers now, as an HTTP status: answered twice is a conflict; outside the window, too. */
const STATUS_BY_REASON = { unknown: 400, answered: 409, 'not-yet-open': 409, closed: 409, 'no-ablation-booked': 409 } as const

/**
 * A patient's answer set is stored only when it belongs to their own follow-up, at a point and for a
 * questionnaire that point asks, while the point is open and not yet answered, with every answer on
 * the questionnaire's scale (lib/outcomes `answerSetSchema`, messages naming the question). The
 * patient, the time and the score are the server's; a second answer set is refused (the unique index
 * settles two requests racing). A system import (no user) is held to the same rules at the time it
 * says the answers were given.
 */
export const acceptOnlyDueAnswers: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const patient = isPatientUser(req.user) && req.user ? req.user : null
  // A signed-in staff member never answers for the patient (access already refuses them over HTTP).
  if (!patient && req.user) throw new APIError('Only the patient can answer their follow-up questionnaires.', 403, null, true)
  const followUpId = relationId(data.followUp)
  // The patient's own access: another patient's follow-up looks the same as none. asSystem: a system
  // import (the demo cohort, answers taken on paper) has no user and may record any follow-up.
  const as = patient ? actAs(patient) : asSystem
  const followUp = followUpId
    ? await req.payload.findByID({ collection: 'follow-ups', id: followUpId, depth: 0, ...as, req }).catch(nullUnlessUnavailable)
    : null
  if (!followUp) throw new APIError('That follow-up was not found.', 404, null, true)
  const ablationId = relationId(followUp.ablationAppointment)
  // asSystem: the ablation time of a follow-up the caller already reached, to know which points are open.
  const ablation = ablationId ? await req.payload.findByID({ collection: 'appointments', id: ablationId, depth: 0, ...asSystem, req }).catch(nullUnlessUnavailable) : null
  const { docs: responses } = await req.payload.find({ collection: FOLLOW_UP_RESPONSES_SLUG, where: { followUp: { equals: followUp.id } }, depth: 0, limit: 100, ...as, req })
  // A system import says when the answers were given; the patient's answers are given now.
  const answeredAt = !patient && typeof data.answeredAt === 'string' && !Number.isNaN(Date.parse(data.answeredAt)) ? new Date(data.answeredAt) : new Date()
  const { timeZone } = await loadClinicFormats(req.payload, req)
  const view = followUpView(followUp, ablation, responses, answeredAt, timeZone)
  const check = checkAnswerable(view.questionnaires, String(data.pointKey ?? ''), String(data.instrumentKey ?? ''), view.ablationAt !== null)
  if (!check.ok) throw new APIError(check.message, STATUS_BY_REASON[check.reason], null, true)
  const { instrument } = check.questionnaire
  const parsed = answerSetSchema(instrument).safeParse(data.answers ?? {})
  if (!parsed.success) {
    throw new ValidationError({
      collection: FOLLOW_UP_RESPONSES_SLUG,
      errors: parsed.error.issues.map((issue) => ({ path: ['answers', ...issue.path].join('.'), message: issue.message })),
      req,
    })
  }
  return {
    ...data,
    title: `${instrument.shortName} · ${check.questionnaire.label}`,
    followUp: followUp.id,
    patient: relationId(followUp.patient),
    pointKey: check.questionnaire.pointKey,
    instrumentKey: instrument.id,
    answers: parsed.data,
    score: scoreAnswers(instrument, parsed.data),
    answeredAt: answeredAt.toISOString(),
  }
}
