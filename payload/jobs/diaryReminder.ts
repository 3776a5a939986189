import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { claimReminder, releaseReminder } from '@/collections/Diaries/store'
import { diaryTimePoints, questionnaireOfDiary } from '@/lib/diary'
import { portalPaths } from '@/lib/paths'
import { serverUrl } from '../env'
import { diaryReminderEmail } from './diaryReminderEmail'
import { reminderTime } from './reminderTime'
import { asSystem } from '../access'

export const DIARY_REMINDER_TASK = 'diaryReminder' as const

/**
 * Emails the patient once, at the first due time of the diary, to open it. A job whose block time
 * is no longer the diary's (the time was corrected, and a new job queued) sends nothing.
 */
export const diaryReminderTask: TaskConfig<'diaryReminder'> = {
  slug: DIARY_REMINDER_TASK,
  label: 'Pain diary reminder email',
  retries: 3,
  inputSchema: [
    { name: 'diaryId', type: 'number', required: true },
    { name: 'blockTime', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  handler: async ({ input, req }) => {
    const claimed = await claimReminder(req.payload, input.diaryId, input.blockTime)
    if (!claimed) return { output: { sent: false } }
    try {
      // asSystem: a job has no user: it reads only the address to send the reminder to.
      const patient = await req.payload.findByID({ collection: 'patients', id: claimed.patientId, depth: 0, ...asSystem })
      const url = `${serverUrl()}${portalPaths.diary(claimed.appointmentId)}`
      await req.payload.sendEmail({ to: patient.email, ...diaryReminderEmail({ name: patient.fullName, url }) })
      return { output: { sent: true } }
    } catch (error) {
      await releaseReminder(req.payload, input.diaryId)
      throw error
    }
  },
}

type DiaryForReminder = { id: number; blockTime?: string | null; questionnaire?: unknown }

/** Queues the reminder for the diary's block time (called whenever the block time is set). */
export async function queueDiaryReminder(payload: Payload, diary: DiaryForReminder, req?: PayloadRequest): Promise<void> {
  if (!diary.blockTime) return
  const questionnaire = questionnaireOfDiary(diary.questionnaire)
  const waitUntil = reminderTime(diaryTimePoints(questionnaire), new Date(diary.blockTime), new Date())
  if (!waitUntil) return
  await payload.jobs.queue({
    task: DIARY_REMINDER_TASK,
    input: { diaryId: diary.id, blockTime: new Date(diary.blockTime).toISOString() },
    waitUntil,
    req,
  })
}
