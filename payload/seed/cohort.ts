import type { Payload } from 'payload'

import { markSubmitted } from '@/collections/Diaries/store'
import { DEFAULT_QUESTIONNAIRE, diarySchedule, diaryTimePoints } from '@/lib/diary'
import { DEFAULT_FOLLOW_UP_PLAN, scheduleFollowUps } from '@/lib/outcomes'
import { demoCohort, type CohortPatientSpec } from './cohortData'
import { loadClinicFormats } from '../globals/clinicFormats'

const context = { disableRevalidate: true }
const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000

/** The pain score the diary records at each time point: eased for three hours after a block that works. */
function diaryScore(spec: CohortPatientSpec, key: string, minutesAfterBlock: number | null | undefined): number {
  if (key === 'baseline' || spec.blockResponse === 'none') return 7
  return minutesAfterBlock != null && minutesAfterBlock <= 180 ? 1 : 7
}

async function seedBlock(payload: Payload, spec: CohortPatientSpec, patientId: number, procedureId: number, specialistId: number | undefined, now: Date, timeZone: string) {
  const blockTime = new Date(now.getTime() - spec.blockDaysAgo * DAY_MS)
  blockTime.setUTCHours(9, 30, 0, 0)
  const appointment = await payload.create({
    collection: 'appointments',
    data: { patient: patientId, specialist: specialistId, procedure: procedureId, scheduledAt: blockTime.toISOString(), side: 'both', levels: 'L4-L5', blockNumber: 1, agent: 'lidocaine', status: 'done' },
    context,
  })
  const diary = await payload.create({ collection: 'diaries', data: { appointment: appointment.id, blockTime: blockTime.toISOString() } as never, context })
  for (const point of diarySchedule(blockTime, diaryTimePoints(DEFAULT_QUESTIONNAIRE), timeZone)) {
    if (!point.dueAt) continue
    await payload.create({
      collection: 'diary-entries',
      data: {
        diary: diary.id,
        patient: patientId,
        timePointKey: point.key,
        nrs: diaryScore(spec, point.key, point.minutesAfterBlock),
        activity: 'Standing up from a chair',
        medicines: '',
        clientId: crypto.randomUUID(),
        answeredAt: new Date(point.dueAt.getTime() + 2 * 60_000).toISOString(),
      },
      context,
    })
  }
  await markSubmitted(payload, diary.id)
  return { diaryId: diary.id, blockTime }
}

async function seedAblationFollowUp(payload: Payload, spec: CohortPatientSpec, patientId: number, diaryId: number, blockTime: Date, ablationProcedureId: number, now: Date, timeZone: string) {
  const ablation = spec.ablation!
  const ablationAt = new Date(blockTime.getTime() + ablation.daysAfterBlock * DAY_MS)
  await payload.create({
    collection: 'appointments',
    data: { patient: patientId, procedure: ablationProcedureId, scheduledAt: ablationAt.toISOString(), side: 'both', levels: 'L4-L5', blockNumber: 1, agent: 'lidocaine', status: 'done' },
    context,
  })
  // The decision starts the follow-up and ties it to the ablation just booked (collections/Diaries).
  await payload.update({ collection: 'diaries', id: diaryId, data: { review: { decision: 'proceed-to-rfa', note: 'Demo cohort.' } }, context })
  const { docs } = await payload.find({ collection: 'follow-ups', where: { diary: { equals: diaryId } }, limit: 1, depth: 0 })
  const followUp = docs[0]
  if (!followUp) return
  const dueAt = new Map(scheduleFollowUps(ablationAt, DEFAULT_FOLLOW_UP_PLAN, timeZone).map((point) => [point.key, point.dueAt]))
  const answer = async (pointKey: string, instrumentKey: string, answers: Record<string, number>) => {
    const due = dueAt.get(pointKey)
    // The baseline two days before the ablation; a follow-up a day after it fell due.
    const answeredAt = pointKey === 'baseline' ? new Date(ablationAt.getTime() - 2 * DAY_MS) : due ? new Date(due.getTime() + DAY_MS + 2 * HOUR_MS) : null
    if (!answeredAt || answeredAt.getTime() > now.getTime()) return
    // A system import (no user): the collection holds it to the same window and scale rules.
    await payload.create({
      collection: 'follow-up-responses',
      data: { followUp: followUp.id, pointKey, instrumentKey, answers, answeredAt: answeredAt.toISOString() } as never,
      context,
    })
  }
  for (const [pointKey, answers] of Object.entries(spec.peg)) await answer(pointKey, 'peg', answers)
  for (const [pointKey, answers] of Object.entries(spec.pgic)) await answer(pointKey, 'pgic', answers)
}

/** Password hashing is most of a patient's creation and runs off the main thread: a few at a time use both cores. */
const PATIENTS_AT_ONCE = 4

async function createCohortPatients(payload: Payload, cohort: ReturnType<typeof demoCohort>) {
  const patients = []
  for (let start = 0; start < cohort.length; start += PATIENTS_AT_ONCE) {
    const batch = cohort.slice(start, start + PATIENTS_AT_ONCE).map((spec) =>
      payload.create({
        collection: 'patients',
        data: { email: spec.email, fullName: spec.fullName, dateOfBirth: spec.dateOfBirth, password: crypto.randomUUID() + crypto.randomUUID() },
        context,
      }),
    )
    patients.push(...(await Promise.all(batch)))
  }
  return patients
}

/**
 * The demo cohort (payload/seed/cohortData.ts): `size` fictional patients, each with a block and its
 * diary; most of those whose block worked went on to ablation and answered some of their follow-ups.
 * They have no way to sign in (a random password nobody knows).
 */
export async function seedDemoCohort(payload: Payload, { size, blockProcedureId, ablationProcedureId }: { size: number; blockProcedureId: number; ablationProcedureId: number }) {
  const now = new Date()
  const specialist = await payload.find({ collection: 'users', where: { role: { equals: 'specialist' } }, limit: 1, depth: 0 })
  const { timeZone } = await loadClinicFormats(payload)
  const cohort = demoCohort(size)
  const patients = await createCohortPatients(payload, cohort)
  for (const [index, spec] of cohort.entries()) {
    const patient = patients[index]
    const { diaryId, blockTime } = await seedBlock(payload, spec, patient.id, blockProcedureId, specialist.docs[0]?.id, now, timeZone)
    if (spec.ablation) {
      await seedAblationFollowUp(payload, spec, patient.id, diaryId, blockTime, ablationProcedureId, now, timeZone)
    } else {
      await payload.update({ collection: 'diaries', id: diaryId, data: { review: { decision: spec.blockResponse === 'none' ? 'not-facet-mediated' : 'repeat-block' } }, context })
    }
  }
}
