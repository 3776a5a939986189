import type { Payload, PayloadRequest } from 'payload'

import type { PointQuestionnaire } from '@/lib/outcomes'
import type { FollowUpPointToRemind } from '@/lib/reminders'
import { relationId } from '@/lib/relations'
import { asSystem } from '../access'
import { nullUnlessUnavailable } from '../http/endpoint'
import { followUpView, type FollowUpView } from '../outcomes/followUps'
import { loadClinicFormats } from '../globals/clinicFormats'

/** The plan's points with their windows, each answered when every questionnaire it asks is. */
export function pointsToRemind(questionnaires: readonly PointQuestionnaire[]): FollowUpPointToRemind[] {
  const byKey = new Map<string, FollowUpPointToRemind>()
  for (const questionnaire of questionnaires) {
    const point = byKey.get(questionnaire.pointKey)
    const answered = questionnaire.status === 'answered'
    if (point) point.answered &&= answered
    else byKey.set(questionnaire.pointKey, { key: questionnaire.pointKey, opensAt: questionnaire.opensAt, dueAt: questionnaire.dueAt, closesAt: questionnaire.closesAt, answered })
  }
  return [...byKey.values()]
}

/** The follow-up as the system reads it for reminders (no user: a hook or a job). */
export async function followUpForReminders(payload: Payload, followUpId: number, now: Date, req?: Partial<PayloadRequest>): Promise<FollowUpView | null> {
  // asSystem: reminders are planned and sent by hooks and jobs, for the follow-up's own patient.
  const followUp = await payload.findByID({ collection: 'follow-ups', id: followUpId, depth: 0, ...asSystem, req }).catch(nullUnlessUnavailable)
  if (!followUp) return null
  const ablationId = relationId(followUp.ablationAppointment)
  // asSystem: the ablation time and the answers given, to know what is still waiting.
  const ablation = ablationId ? await payload.findByID({ collection: 'appointments', id: ablationId, depth: 0, ...asSystem, req }).catch(nullUnlessUnavailable) : null
  const { docs: responses } = await payload.find({ collection: 'follow-up-responses', where: { followUp: { equals: followUpId } }, depth: 0, pagination: false, ...asSystem, req })
  const { timeZone } = await loadClinicFormats(payload, req)
  return followUpView(followUp, ablation, responses, now, timeZone)
}
