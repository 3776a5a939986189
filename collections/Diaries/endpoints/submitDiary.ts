import type { Endpoint } from 'payload'

import { cancelQueuedReminders } from '@/collections/DiaryReminders/store'
import { markSubmitted } from '../store'
import { diaryState } from '../state'
import { diaryAppointment, findDiary, listEntries, respondWith, SUBMITTED_MESSAGE } from './context'
import { problem } from '@/payload/http/endpoint'
import { inCallersLanguage } from '@/payload/i18n/problems'

/** POST /api/diaries/:appointmentId/submit — the patient hands the diary in, once; it is read-only afterwards. */
export const submitDiary: Endpoint = {
  path: '/:appointmentId/submit',
  method: 'post',
  handler: inCallersLanguage(async (req) => {
    const appointment = await diaryAppointment(req, 'patient')
    if (appointment instanceof Response) return appointment
    const diary = await findDiary(req, appointment.id)
    if (!diary) return problem(422, 'Answer at least one question before you submit your diary.')
    if (diary.status === 'submitted') return problem(409, SUBMITTED_MESSAGE)
    if (!diary.blockTime) return problem(422, 'Record the time of your block before you submit your diary.')
    const entries = await listEntries(req, diary.id)
    if (entries.length === 0) return problem(422, 'Answer at least one question before you submit your diary.')

    const submittedAt = await markSubmitted(req.payload, diary.id)
    if (!submittedAt) return problem(409, SUBMITTED_MESSAGE)
    // A submitted diary asks nothing more: its waiting reminders go nowhere (the send-time claim checks too).
    await cancelQueuedReminders(req.payload, diary.id)
    // Answers saved while the submit waited for them are part of the diary too.
    return respondWith(diaryState({ ...diary, status: 'submitted', submittedAt }, await listEntries(req, diary.id)))
  }),
}
