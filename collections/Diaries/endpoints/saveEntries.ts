import type { Endpoint } from 'payload'

import { poolOf } from '@/payload/db/pool'
import { bodySourceOf, toResponse } from '@/payload/http/endpoint'
import { readAnswers, storeAnswers } from '../autosave'
import { diaryAppointment, ensureDiary } from './context'
import { inCallersLanguage } from '@/payload/i18n/problems'

/**
 * POST /api/diaries/:appointmentId/entries — autosave of the patient's answers ({ entries: [...] },
 * validated with the form's own schema). Idempotent: re-sending an answer stores nothing twice, and
 * for each time point the answer given last is kept. Answers the whole diary back.
 *
 * A patient with a live portal session whose diary has started is answered before this, by the
 * autosave's direct path (collections/Diaries/autosave.ts, whose validation and storing this shares);
 * this endpoint answers everyone else: the first answer (which starts the diary), the signed-out
 * (401, or 503 while the database cannot tell), staff (403).
 */
export const saveEntries: Endpoint = {
  path: '/:appointmentId/entries',
  method: 'post',
  handler: inCallersLanguage(async (req) => {
    const appointment = await diaryAppointment(req, 'patient')
    if (appointment instanceof Response) return appointment
    const answers = await readAnswers(bodySourceOf(req))
    if (!Array.isArray(answers)) return toResponse(answers)
    const diary = await ensureDiary(req, appointment)
    return toResponse(await storeAnswers(poolOf(req.payload), diary, answers))
  }),
}
