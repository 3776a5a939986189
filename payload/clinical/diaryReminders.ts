import type { Payload } from 'payload'

import { diaryTimePoints, questionnaireOfDiary } from '@/lib/diary'
import type { ReminderChannel } from '@/lib/reminders'
import type { Diary, DiaryEntry, DiaryReminder } from '@/payload-types'
import { actAs } from '../access'
import type { Clinician } from './clinician'

/**
 * A reminder still 'sending' this long after it was claimed will not finish: the server stopped while
 * sending it. It is never sent again (a reminder must not go twice), so staff see that it is unconfirmed.
 */
const SENDING_GIVEN_UP_AFTER_MS = 15 * 60_000

export type ReminderLogRow = {
  id: number
  /** 'unconfirmed': claimed for sending long ago and never recorded as sent. */
  status: DiaryReminder['status'] | 'unconfirmed'
  sendAt: string
  sentAt: string | null
  channels: ReminderChannel[]
  /** The time points the reminder was for, and when each was answered (null: not answered). */
  points: { key: string; label: string; answeredAt: string | null }[]
}

/**
 * The diary's reminders for the review page: what went out, when, by which channels, and whether
 * each question it asked about was then answered. Reminders cancelled by a corrected block time are
 * left out (they were never due). Read as the clinician, so the read is audited.
 */
export async function loadReminderLog(payload: Payload, clinician: Clinician, diary: Diary, entries: DiaryEntry[], now = new Date()): Promise<ReminderLogRow[]> {
  const { docs } = await payload.find({
    collection: 'diary-reminders',
    where: { and: [{ diary: { equals: diary.id } }, { status: { not_equals: 'cancelled' } }] },
    sort: 'sendAt',
    limit: 50,
    depth: 0,
    ...actAs(clinician),
  })
  const labels = new Map(diaryTimePoints(questionnaireOfDiary(diary.questionnaire)).map((point) => [point.key, point.label]))
  const answeredAt = new Map(entries.map((entry) => [entry.timePointKey, entry.answeredAt]))
  return docs.map((reminder) => ({
    id: reminder.id,
    status: reminder.status === 'sending' && now.getTime() - Date.parse(reminder.updatedAt) > SENDING_GIVEN_UP_AFTER_MS ? 'unconfirmed' : reminder.status,
    sendAt: reminder.sendAt,
    sentAt: reminder.sentAt ?? null,
    channels: Array.isArray(reminder.channels) ? (reminder.channels as ReminderChannel[]) : [],
    points: (reminder.pointKeys as string[]).map((key) => ({ key, label: labels.get(key) ?? key, answeredAt: answeredAt.get(key) ?? null })),
  }))
}
