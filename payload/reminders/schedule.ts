import type { Payload, PayloadRequest } from 'payload'

import { cancelQueuedReminders, insertReminder, remindedPointKeys } from '@/collections/DiaryReminders/store'
import { diarySchedule, diaryTimePoints, questionnaireOfDiary } from '@/lib/diary'
import { planReminders } from '@/lib/reminders'
import { relationId } from '@/lib/relations'
import { asSystem } from '../access'
import { DIARY_REMINDER_TASK } from '../jobs/diaryReminder'
import { scheduleFollowUpReminders } from './followUps'
import { reminderTimingOf } from './preferences'
import { loadClinicFormats } from '../globals/clinicFormats'

type DiaryToRemind = { id: number; patient?: unknown; blockTime?: string | null; questionnaire?: unknown }

/**
 * Plans the diary's reminders from its block time (called whenever the block time is set or
 * corrected): reminders planned from another block time are cancelled, one reminder per open time
 * point is stored and a job queued for it at its send time (Payload's queue, `waitUntil`). Answers
 * already given, points already missed at `now` and points already reminded get none, so planning
 * again (the patient changed their quiet hours) only moves what is still waiting.
 */
export async function scheduleDiaryReminders(payload: Payload, diary: DiaryToRemind, { now = new Date(), req }: { now?: Date; req?: PayloadRequest } = {}) {
  await cancelQueuedReminders(payload, diary.id, req)
  const patientId = relationId(diary.patient)
  if (!diary.blockTime || !patientId) return
  const blockTime = new Date(diary.blockTime)
  // asSystem: the reminder times follow the patient's own quiet hours.
  const patient = await payload.findByID({ collection: 'patients', id: patientId, depth: 0, ...asSystem, req })
  const timing = reminderTimingOf(patient, (await loadClinicFormats(payload, req)).timeZone)
  const schedule = diarySchedule(blockTime, diaryTimePoints(questionnaireOfDiary(diary.questionnaire)), timing.timeZone)
  // asSystem: which points are answered already, so none of them is reminded.
  const { docs: answers } = await payload.find({
    collection: 'diary-entries',
    where: { diary: { equals: diary.id } },
    depth: 0,
    pagination: false,
    select: { timePointKey: true },
    ...asSystem,
    req,
  })
  // Points already reminded for this block time are not reminded again (planning afresh after a change of quiet hours).
  const reminded = (await remindedPointKeys(payload, diary.id, blockTime, req)).map((timePointKey) => ({ timePointKey }))
  for (const reminder of planReminders(schedule, timing, now, [...answers, ...reminded])) {
    const reminderId = await insertReminder(payload, { diaryId: diary.id, patientId, blockTime, reminder }, req)
    if (reminderId === null) continue
    await payload.jobs.queue({ task: DIARY_REMINDER_TASK, input: { reminderId }, waitUntil: reminder.sendAt, req })
  }
}

/** After the patient changes their quiet hours or wake time: the reminders still waiting in their open diaries and follow-ups move. */
export async function replanPatientReminders(payload: Payload, patientId: number, now = new Date()): Promise<void> {
  // asSystem: the patient's own diaries, to move their reminders.
  const { docs } = await payload.find({
    collection: 'diaries',
    where: { and: [{ patient: { equals: patientId } }, { status: { equals: 'in-progress' } }, { blockTime: { exists: true } }] },
    depth: 0,
    limit: 10,
    ...asSystem,
  })
  for (const diary of docs) await scheduleDiaryReminders(payload, diary, { now })
  // asSystem: the patient's own follow-ups after ablation, to move their questionnaire reminders.
  const followUps = await payload.find({ collection: 'follow-ups', where: { patient: { equals: patientId } }, depth: 0, limit: 10, ...asSystem })
  for (const followUp of followUps.docs) await scheduleFollowUpReminders(payload, followUp.id, { now })
}
