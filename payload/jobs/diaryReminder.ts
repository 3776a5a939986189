import type { TaskConfig } from 'payload'

import { sendReminder } from '../reminders/send'

export const DIARY_REMINDER_TASK = 'diaryReminder' as const

/**
 * Sends one planned reminder (collections/DiaryReminders: a diary's, or a follow-up questionnaire's) when its time comes. Queued by
 * `scheduleDiaryReminders` with `waitUntil` = its send time; every app instance polls the shared
 * queue, and the reminder's SQL claim makes sure only one of them sends it, once.
 */
export const diaryReminderTask: TaskConfig<'diaryReminder'> = {
  slug: DIARY_REMINDER_TASK,
  label: 'Pain diary reminder',
  retries: 3,
  inputSchema: [{ name: 'reminderId', type: 'number', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  handler: async ({ input, req }) => ({ output: { outcome: await sendReminder(req.payload, input.reminderId) } }),
}
