/**
 * The diary autosave of a patient with a live portal session: the busiest write of the portal, so it
 * takes the shortest way that keeps every rule. Four statements (README "Benchmarks" says why):
 * 1. the session and its patient (payload/auth/patientSessions.ts `livePatientOfSession`; its idle
 *    clock is rewritten at most every 30 s),
 * 2. the appointment, only if it is that patient's own, with its diary (`ownAppointmentDiary`: the
 *    patient's read rule for appointments, as SQL),
 * 3. the upsert of the answers (`upsertEntries`), and
 * 4. the diary with its answers as stored (`diaryWithEntries`),
 * with the same validation and answers as the Payload endpoint (endpoints/saveEntries.ts), which uses
 * `readAnswers` and `storeAnswers` from here. No Payload request is built: no auth strategies, no
 * document lookups through the access layer, no hooks (this path reads no staff-only data and writes
 * only the answers table).
 *
 * One implementation, two ways in: the production server answers it before Next sees the request
 * (collections/Diaries/serveAutosave.ts, from scripts/serve.ts), and the Next route
 * app/(payload)/api/diaries/[appointmentId]/entries/route.ts does (`next dev`, or any server that is
 * not serve.ts). It imports nothing of Payload's runtime, so the server can load it without Payload.
 *
 * Anything else is declined, before the body is read, for the Payload endpoint to answer: no portal
 * cookie, a cross-site request, a session that is not live (401 there, or 503 while the database
 * cannot tell), and the first answer of a diary not started yet (the endpoint starts it through
 * Payload, with its hooks).
 */
import { diaryAutosaveSchema, diaryTimePoints, findUnknownTimePointKeys, isBaseline, mergeEntries, questionnaireOfDiary, type DiaryEntry } from '@/lib/diary'
import { livePatientOfSession } from '@/payload/auth/patientSessions'
import { isCrossSiteRequest } from '@/payload/auth/crossSite'
import { readPortalToken } from '@/payload/auth/sessionCookie'
import type { Queryable } from '@/payload/db/pool'
import { databaseUnavailable, summariseError, type ErrorSummary } from '@/payload/http/databaseFailure'
import { invalidAnswer, jsonAnswer, problemAnswer, readJson, unavailableAnswer, type BodySource, type HeaderReader, type JsonAnswer } from '@/payload/http/endpoint'
import { MAX_BODY_BYTES, TOO_LARGE } from './endpoints/limits'
import { CANCELLED_MESSAGE, NOT_FOUND_MESSAGE, SUBMITTED_MESSAGE } from './endpoints/messages'
import { diaryWithEntries, ownAppointmentDiary, upsertEntries } from './store'

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
export async function readAnswers(body: BodySource): Promise<DiaryEntry[] | JsonAnswer> {
  const read = await readJson(body, { maxBytes: MAX_BODY_BYTES, tooLarge: TOO_LARGE })
  if (!read.ok) return problemAnswer(read.status, read.message)
  const parsed = diaryAutosaveSchema.safeParse(read.value)
  return parsed.success ? parsed.data.entries : invalidAnswer(parsed.error)
}

/**
 * The rest of an autosave once the diary is the caller's own: refuse answers the diary cannot take,
 * store the others in one statement, and answer with the diary and its answers as stored (one more
 * statement).
 */
export async function storeAnswers(db: Queryable, diary: DiaryToAnswer, answers: readonly DiaryEntry[]): Promise<JsonAnswer> {
  if (diary.status === 'submitted') return problemAnswer(409, SUBMITTED_MESSAGE)
  const timePoints = diaryTimePoints(questionnaireOfDiary(diary.questionnaire))
  const unknownKeys = findUnknownTimePointKeys(answers, timePoints)
  if (unknownKeys.length > 0) {
    return problemAnswer(422, 'This diary time point is not recognised. Reload the page and try again.', { unknownTimePointKeys: unknownKeys })
  }
  const baselineKeys = new Set(timePoints.filter(isBaseline).map((point) => point.key))
  if (!diary.blockTime && answers.some((entry) => !baselineKeys.has(entry.timePointKey))) {
    return problemAnswer(422, 'Record the time of your block before you answer the questions after it.')
  }

  const entries = mergeEntries([], answers)
  await upsertEntries(db, diary.id, entries)
  const stored = await diaryWithEntries(db, diary.id)
  // Nothing was stored because the diary was submitted a moment ago (by another tab or device).
  if (!stored || !allKept(entries, stored.entries)) return problemAnswer(409, SUBMITTED_MESSAGE)
  return jsonAnswer(200, stored)
}

/** One autosave request, wherever it arrived. */
export type AutosaveRequest = {
  headers: HeaderReader
  /** The `:appointmentId` of the path, as written. */
  appointmentParam: string
  /** The body; read only once the request is known to be this path's (a declined one is left untouched). */
  body: BodySource
  db: Queryable
  /** One log line for a failure that is not the database's: the error's summary, never the request's contents. */
  logFailure: (error: ErrorSummary) => void
}

/** Answered here, or declined: the Payload endpoint answers it (with the body still unread). */
export type AutosaveOutcome = { kind: 'answered'; answer: JsonAnswer } | { kind: 'declined' }

const DECLINED: AutosaveOutcome = { kind: 'declined' }
const answered = (answer: JsonAnswer): AutosaveOutcome => ({ kind: 'answered', answer })

async function decide({ headers, appointmentParam, body, db }: AutosaveRequest): Promise<AutosaveOutcome> {
  if (isCrossSiteRequest(headers)) return DECLINED
  const token = await readPortalToken(headers)
  if (!token?.sid) return DECLINED
  const patientId = await livePatientOfSession(db, token.sid)
  if (patientId === null) return DECLINED

  const appointmentId = Number(appointmentParam)
  if (!Number.isInteger(appointmentId) || appointmentId <= 0) return answered(problemAnswer(404, NOT_FOUND_MESSAGE))
  // Another patient's appointment answers exactly like a missing one.
  const own = await ownAppointmentDiary(db, appointmentId, patientId)
  if (!own) return answered(problemAnswer(404, NOT_FOUND_MESSAGE))
  if (own.appointmentStatus === 'cancelled') return answered(problemAnswer(409, CANCELLED_MESSAGE))
  if (!own.diary) return DECLINED

  const answers = await readAnswers(body)
  if (!Array.isArray(answers)) return answered(answers)
  return answered(await storeAnswers(db, own.diary, answers))
}

/**
 * The answer for a live portal session's autosave, or declined for the Payload endpoint. A database
 * that is not answering is a pause (503, Retry-After): the portal keeps the answers and tries again.
 * Any other failure is logged as one line without the request's contents, and answered 500.
 */
export async function autosaveForLiveSession(request: AutosaveRequest): Promise<AutosaveOutcome> {
  try {
    return await decide(request)
  } catch (error) {
    if (databaseUnavailable(error)) return answered(unavailableAnswer())
    request.logFailure(summariseError(error))
    return answered(problemAnswer(500, 'Something went wrong while saving. Your answers are kept; try again in a moment.'))
  }
}
