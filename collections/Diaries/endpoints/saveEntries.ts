import type { Endpoint } from 'payload'

import { diaryAutosaveSchema, diaryTimePoints, findUnknownTimePointKeys, isBaseline, mergeEntries, questionnaireOfDiary, type DiaryEntry } from '@/lib/diary'
import { upsertEntries } from '../store'
import { diaryState } from '../state'
import { diaryAppointment, ensureDiary, findDiary, listEntries, respondWith, SUBMITTED_MESSAGE } from './context'
import { invalid, problem, readJsonBody } from '@/payload/http/endpoint'
import { MAX_BODY_BYTES, TOO_LARGE } from './limits'

/** Each answer sent is stored now, or a later answer for its time point already is. */
function allKept(sent: readonly DiaryEntry[], stored: readonly DiaryEntry[]): boolean {
  const byKey = new Map(stored.map((entry) => [entry.timePointKey, entry]))
  return sent.every((entry) => {
    const kept = byKey.get(entry.timePointKey)
    return kept !== undefined && (kept.clientId === entry.clientId || Date.parse(kept.answeredAt) >= Date.parse(entry.answeredAt))
  })
}

/**
 * POST /api/diaries/:appointmentId/entries — autosave of the patient's answers ({ entries: [...] },
 * validated with the form's own schema). Idempotent: re-sending an answer stores nothing twice, and
 * for each time point the answer given last is kept. Answers the whole diary back.
 */
export const saveEntries: Endpoint = {
  path: '/:appointmentId/entries',
  method: 'post',
  handler: async (req) => {
    const appointment = await diaryAppointment(req, 'patient')
    if (appointment instanceof Response) return appointment
    const body = await readJsonBody(req, { maxBytes: MAX_BODY_BYTES, tooLarge: TOO_LARGE })
    if (!body.ok) return problem(body.status, body.message)
    const parsed = diaryAutosaveSchema.safeParse(body.value)
    if (!parsed.success) return invalid(parsed.error)

    const diary = await ensureDiary(req, appointment)
    if (diary.status === 'submitted') return problem(409, SUBMITTED_MESSAGE)
    const timePoints = diaryTimePoints(questionnaireOfDiary(diary.questionnaire))
    const unknownKeys = findUnknownTimePointKeys(parsed.data.entries, timePoints)
    if (unknownKeys.length > 0) {
      return problem(422, 'This diary time point is not recognised. Reload the page and try again.', { unknownTimePointKeys: unknownKeys })
    }
    const baselineKeys = new Set(timePoints.filter(isBaseline).map((point) => point.key))
    if (!diary.blockTime && parsed.data.entries.some((entry) => !baselineKeys.has(entry.timePointKey))) {
      return problem(422, 'Record the time of your block before you answer the questions after it.')
    }

    const entries = mergeEntries([], parsed.data.entries)
    await upsertEntries(req.payload, diary.id, entries)
    const [stored, current] = await Promise.all([listEntries(req, diary.id), findDiary(req, appointment.id)])
    // Nothing was stored because the diary was submitted a moment ago (by another tab or device).
    if (!allKept(entries, stored)) return problem(409, SUBMITTED_MESSAGE)
    return respondWith(diaryState(current ?? diary, stored))
  },
}
