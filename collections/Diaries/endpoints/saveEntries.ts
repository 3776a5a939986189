import type { Endpoint } from 'payload'

import { diaryAutosaveSchema, diaryTimePoints, findUnknownTimePointKeys, isBaseline, mergeEntries, questionnaireOfDiary, type DiaryEntry } from '@/lib/diary'
import { poolOf, type Queryable } from '@/payload/db/pool'
import { invalid, problem, readJsonBody, type BodyOf } from '@/payload/http/endpoint'
import { diaryWithEntries, upsertEntries } from '../store'
import { diaryAppointment, ensureDiary, respondWith, SUBMITTED_MESSAGE } from './context'
import { MAX_BODY_BYTES, TOO_LARGE } from './limits'
import { inCallersLanguage } from '@/payload/i18n/problems'

/** Each answer sent is stored now, or a later answer for its time point already is. */
function allKept(sent: readonly DiaryEntry[], stored: readonly DiaryEntry[]): boolean {
  const byKey = new Map(stored.map((entry) => [entry.timePointKey, entry]))
  return sent.every((entry) => {
    const kept = byKey.get(entry.timePointKey)
    return kept !== undefined && (kept.clientId === entry.clientId || Date.parse(kept.answeredAt) >= Date.parse(entry.answeredAt))
  })
}

type DiaryToAnswer = { id: number; status: 'in-progress' | 'submitted'; blockTime?: string | null; questionnaire?: unknown }

/** The answers of an autosave request, validated with the form's own schema, or the refusal to answer with. */
export async function readAnswers(request: BodyOf): Promise<DiaryEntry[] | Response> {
  const body = await readJsonBody(request, { maxBytes: MAX_BODY_BYTES, tooLarge: TOO_LARGE })
  if (!body.ok) return problem(body.status, body.message)
  const parsed = diaryAutosaveSchema.safeParse(body.value)
  return parsed.success ? parsed.data.entries : invalid(parsed.error)
}

/**
 * The rest of an autosave once the diary is the caller's own: refuse answers the diary cannot take,
 * store the others in one statement, and answer with the diary and its answers as stored (one more
 * statement). Both ways in share it: the Payload endpoint below and the route's fast path for a live
 * portal session (collections/Diaries/autosave.ts).
 */
export async function storeAnswers(db: Queryable, diary: DiaryToAnswer, answers: readonly DiaryEntry[]): Promise<Response> {
  if (diary.status === 'submitted') return problem(409, SUBMITTED_MESSAGE)
  const timePoints = diaryTimePoints(questionnaireOfDiary(diary.questionnaire))
  const unknownKeys = findUnknownTimePointKeys(answers, timePoints)
  if (unknownKeys.length > 0) {
    return problem(422, 'This diary time point is not recognised. Reload the page and try again.', { unknownTimePointKeys: unknownKeys })
  }
  const baselineKeys = new Set(timePoints.filter(isBaseline).map((point) => point.key))
  if (!diary.blockTime && answers.some((entry) => !baselineKeys.has(entry.timePointKey))) {
    return problem(422, 'Record the time of your block before you answer the questions after it.')
  }

  const entries = mergeEntries([], answers)
  await upsertEntries(db, diary.id, entries)
  const stored = await diaryWithEntries(db, diary.id)
  // Nothing was stored because the diary was submitted a moment ago (by another tab or device).
  if (!stored || !allKept(entries, stored.entries)) return problem(409, SUBMITTED_MESSAGE)
  return respondWith(stored)
}

/**
 * POST /api/diaries/:appointmentId/entries — autosave of the patient's answers ({ entries: [...] },
 * validated with the form's own schema). Idempotent: re-sending an answer stores nothing twice, and
 * for each time point the answer given last is kept. Answers the whole diary back.
 *
 * A patient with a live portal session whose diary has started is answered before this, by the
 * route's fast path (app/(payload)/api/diaries/[appointmentId]/entries/route.ts); this endpoint answers
 * everyone else: the first answer (which starts the diary), the signed-out (401, or 503 while the
 * database cannot tell), staff (403).
 */
export const saveEntries: Endpoint = {
  path: '/:appointmentId/entries',
  method: 'post',
  handler: inCallersLanguage(async (req) => {
    const appointment = await diaryAppointment(req, 'patient')
    if (appointment instanceof Response) return appointment
    const answers = await readAnswers(req)
    if (answers instanceof Response) return answers
    const diary = await ensureDiary(req, appointment)
    return storeAnswers(poolOf(req.payload), diary, answers)
  }),
}
