import type { Payload } from 'payload'

import { createSubmittedDiary, strongReliefScores } from './diaries'

const DAY_MS = 86_400_000

/**
 * A patient's pathway up to the follow-up: a positive block `blockDaysAgo` days ago, an ablation
 * `ablationDaysAgo` days ago (booked before the decision), and the specialist's "radiofrequency
 * ablation" decision, which starts the follow-up. Returns the follow-up.
 */
export async function createAblationFollowUp(payload: Payload, patientId: number, { blockDaysAgo = 70, ablationDaysAgo = 43 } = {}) {
  const { diaryId, appointmentId: blockAppointmentId } = await createSubmittedDiary(payload, {
    patientId,
    scores: strongReliefScores(3),
    blockTime: new Date(Date.now() - blockDaysAgo * DAY_MS),
  })
  const procedure = (await payload.find({ collection: 'procedures', where: { slug: { equals: 'radiofrequency-ablation' } }, limit: 1 })).docs[0]
  const ablation = await payload.create({
    collection: 'appointments',
    data: {
      patient: patientId,
      procedure: procedure.id,
      scheduledAt: new Date(Date.now() - ablationDaysAgo * DAY_MS).toISOString(),
      side: 'both',
      levels: 'L4-L5',
      blockNumber: 1,
      agent: 'lidocaine',
      status: 'done',
    },
  })
  await payload.update({ collection: 'diaries', id: diaryId, data: { review: { decision: 'proceed-to-rfa', note: 'Two clear blocks.' } } })
  const { docs } = await payload.find({ collection: 'follow-ups', where: { diary: { equals: diaryId } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error('The decision started no follow-up')
  return { followUp: docs[0], diaryId, blockAppointmentId, ablation }
}

/** Records an answer set as a system import would (answers taken on paper): same checks, at `answeredAt`. */
export function importAnswers(payload: Payload, followUpId: number, pointKey: string, instrumentKey: string, answers: Record<string, number>, answeredAt: Date) {
  return payload.create({
    collection: 'follow-up-responses',
    data: { followUp: followUpId, pointKey, instrumentKey, answers, answeredAt: answeredAt.toISOString() } as never,
  })
}
