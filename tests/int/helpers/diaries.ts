import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import { markSubmitted, upsertEntries } from '@/collections/Diaries/store'
import { uniqueSuffix } from './payload'
import { TEST_PATIENT_PASSWORD } from './patients'

type Scores = Record<string, number>

/** A patient with a block appointment and a submitted diary holding `scores` (time point key -> NRS). */
export async function createSubmittedDiary(
  payload: Payload,
  { patientId, blockNumber = 1, agent = 'lidocaine', scores, medicines = {}, blockTime = new Date(Date.now() - 26 * 3600 * 1000) }: {
    patientId?: number
    blockNumber?: number
    agent?: 'lidocaine' | 'bupivacaine' | 'other'
    scores: Scores
    /** Time point key -> the medicines the patient reported there. */
    medicines?: Record<string, string>
    blockTime?: Date
  },
) {
  const patient =
    patientId ??
    (await payload.create({
      collection: 'patients',
      data: { email: `diary-${uniqueSuffix()}@example.com`, fullName: 'Diary Patient', dateOfBirth: '1966-06-06', password: TEST_PATIENT_PASSWORD },
    })).id
  const procedure = (await payload.find({ collection: 'procedures', where: { slug: { equals: 'medial-branch-block' } }, limit: 1 })).docs[0]
  const appointment = await payload.create({
    collection: 'appointments',
    data: { patient, procedure: procedure.id, scheduledAt: blockTime.toISOString(), side: 'both', levels: 'L4-L5', blockNumber, agent, status: 'done' },
  })
  // The diary hooks fill in the patient and questionnaire from the appointment.
  const diary = await payload.create({ collection: 'diaries', data: { appointment: appointment.id, blockTime: blockTime.toISOString() } as never })
  await upsertEntries(
    payload,
    diary.id,
    Object.entries(scores).map(([timePointKey, nrs]) => ({
      timePointKey,
      nrs,
      reliefPercent: null,
      activity: 'Standing at the kitchen counter',
      medicines: medicines[timePointKey] ?? '',
      clientId: randomUUID(),
      answeredAt: new Date().toISOString(),
    })),
  )
  await markSubmitted(payload, diary.id)
  return { patientId: patient, appointmentId: appointment.id, diaryId: diary.id }
}

/** A block giving strong relief for `hours` hours (90% relief from a baseline of 8). */
export function strongReliefScores(hours: number): Scores {
  const scores: Scores = { baseline: 8, '15-minutes': 1, '30-minutes': 1, '1-hour': 1 }
  for (let hour = 2; hour <= 8; hour++) scores[`${hour}-hours`] = hour <= hours ? 1 : 7
  return scores
}
