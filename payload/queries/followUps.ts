import { relationId } from '@/lib/relations'
import { actAs } from '../access'
import { nullUnlessUnavailable } from '../http/endpoint'
import { followUpView, type FollowUpView } from '../outcomes/followUps'
import { loadClinicFormats } from '../globals/clinicFormats'
import { getPayloadClient } from './getPayloadClient'
import type { PortalPatient } from './portal'

/**
 * The patient's follow-ups after ablation with their questionnaires' states now, each read with the
 * patient's own access (another patient's follow-up is simply not there).
 */
export async function myFollowUpViews(patient: PortalPatient, now = new Date()): Promise<FollowUpView[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection: 'follow-ups', ...actAs(patient), depth: 0, limit: 20, sort: 'createdAt' })
  return Promise.all(docs.map((followUp) => viewOf(patient, followUp, now)))
}

/** One of the patient's follow-ups, or null (also for another patient's id). */
export async function myFollowUpView(patient: PortalPatient, id: string | number, now = new Date()): Promise<FollowUpView | null> {
  const numericId = Number(id)
  if (!Number.isInteger(numericId) || numericId <= 0) return null
  const payload = await getPayloadClient()
  const followUp = await payload.findByID({ collection: 'follow-ups', id: numericId, ...actAs(patient), depth: 0 }).catch(nullUnlessUnavailable)
  return followUp ? viewOf(patient, followUp, now) : null
}

async function viewOf(patient: PortalPatient, followUp: Parameters<typeof followUpView>[0], now: Date): Promise<FollowUpView> {
  const payload = await getPayloadClient()
  const ablationId = relationId(followUp.ablationAppointment)
  const [ablation, responses, { timeZone }] = await Promise.all([
    ablationId ? payload.findByID({ collection: 'appointments', id: ablationId, ...actAs(patient), depth: 0 }).catch(nullUnlessUnavailable) : null,
    payload.find({ collection: 'follow-up-responses', where: { followUp: { equals: followUp.id } }, ...actAs(patient), depth: 0, limit: 100, sort: 'answeredAt' }),
    loadClinicFormats(payload),
  ])
  return followUpView(followUp, ablation, responses.docs, now, timeZone)
}
