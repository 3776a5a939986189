import type { Payload } from 'payload'

import { toTemplateRow, DEFAULT_QUESTIONNAIRE, diaryTimePoints } from '@/lib/diary'
import { diarySchedule } from '@/lib/diary'
import { DEFAULT_BLOCK_ANALYSIS_SETTINGS } from '../globals/blockAnalysisProfiles'
import { loadClinicFormats } from '../globals/clinicFormats'

const context = { disableRevalidate: true }
const MINUTE_MS = 60_000

/** Jordan Reid's first (lidocaine) block, answered as a real patient might: a few minutes late, one point missed. */
export const JORDAN_BLOCK_1_ANSWERS = [
  { key: 'baseline', nrs: 7, activity: 'Turning my head to the right', medicines: 'Paracetamol 1 g at 07:30', lateMinutes: -10 },
  { key: '15-minutes', nrs: 2, reliefPercent: 70, activity: 'Turning my head to the right', lateMinutes: 2 },
  { key: '30-minutes', nrs: 1, reliefPercent: 85, activity: 'Turning my head to the right', lateMinutes: 1 },
  { key: '1-hour', nrs: 1, reliefPercent: 85, activity: 'Reversing the car, looking over my right shoulder', lateMinutes: 5 },
  { key: '2-hours', nrs: 1, reliefPercent: 80, activity: 'Turning my head to the right', lateMinutes: 3 },
  { key: '3-hours', nrs: 4, reliefPercent: 40, activity: 'Turning my head to the right', lateMinutes: 12 },
  { key: '4-hours', nrs: 6, reliefPercent: 15, activity: 'Turning my head to the right', medicines: 'Ibuprofen 400 mg at 14:45', lateMinutes: 4 },
  { key: '5-hours', nrs: 7, reliefPercent: 0, activity: 'Turning my head to the right', lateMinutes: 8 },
  { key: '6-hours', nrs: 7, reliefPercent: 0, activity: 'Looking up at a shelf', lateMinutes: 20 },
  { key: '8-hours', nrs: 7, reliefPercent: 0, activity: 'Turning my head to the right', lateMinutes: 6 },
  { key: 'next-morning', nrs: 6, reliefPercent: 10, activity: 'Turning my head to the right', medicines: 'Ibuprofen 400 mg at 08:00', lateMinutes: 15 },
]

async function seedQuestionnaireTemplate(payload: Payload, procedureId: number) {
  const { wording, timePoints, ...rest } = DEFAULT_QUESTIONNAIRE
  await payload.create({
    collection: 'questionnaire-templates',
    data: { _status: 'published', ...rest, procedure: procedureId, wording, timePoints: timePoints.map(toTemplateRow) },
    context,
  })
}

async function jordansFirstBlock(payload: Payload) {
  const patients = await payload.find({ collection: 'patients', where: { email: { equals: 'jordan.reid@example.com' } }, limit: 1, depth: 0 })
  const patient = patients.docs[0]
  if (!patient) return null
  const { docs } = await payload.find({
    collection: 'appointments',
    where: { and: [{ patient: { equals: patient.id } }, { blockNumber: { equals: 1 } }] },
    limit: 1,
    depth: 0,
  })
  return docs[0] ?? null
}

/** A submitted diary for Jordan Reid's past first block, so the specialist has one to review. */
async function seedSubmittedDiary(payload: Payload) {
  const appointment = await jordansFirstBlock(payload)
  if (!appointment) return
  const blockTime = new Date(new Date(appointment.scheduledAt).getTime() + 20 * MINUTE_MS)
  const diary = await payload.create({ collection: 'diaries', data: { appointment: appointment.id } as never, context })
  const { timeZone } = await loadClinicFormats(payload)
  const dueAt = new Map(diarySchedule(blockTime, diaryTimePoints(DEFAULT_QUESTIONNAIRE), timeZone).map((point) => [point.key, point.dueAt as Date]))
  for (const { key, lateMinutes, ...answer } of JORDAN_BLOCK_1_ANSWERS) {
    const answeredAt = new Date((dueAt.get(key) as Date).getTime() + lateMinutes * MINUTE_MS)
    await payload.create({
      collection: 'diary-entries',
      data: { ...answer, diary: diary.id, patient: appointment.patient as number, timePointKey: key, clientId: crypto.randomUUID(), answeredAt: answeredAt.toISOString() },
      context,
    })
  }
  const submittedAt = new Date((dueAt.get('next-morning') as Date).getTime() + 40 * MINUTE_MS)
  await payload.update({
    collection: 'diaries',
    id: diary.id,
    data: { blockTime: blockTime.toISOString(), status: 'submitted', submittedAt: submittedAt.toISOString() },
    context,
  })
}

/** The default pain diary template, the block analysis settings, and one submitted demo diary. */
export async function seedDiaries(payload: Payload, procedureId: number): Promise<void> {
  await seedQuestionnaireTemplate(payload, procedureId)
  await payload.updateGlobal({ slug: 'block-analysis-settings', data: DEFAULT_BLOCK_ANALYSIS_SETTINGS, context })
  await seedSubmittedDiary(payload)
}
