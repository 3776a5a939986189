import type { Endpoint } from 'payload'

import { zonedDateTime } from '@/lib/dates'
import { loadClinicFormats } from '@/payload/globals/clinicFormats'
import { blockTimeInputSchema } from '../blockTime'
import { diaryState } from '../state'
import { diaryAppointment, ensureDiary, listEntries, respondWith, SUBMITTED_MESSAGE } from './context'
import { invalid, problem, readJsonBody } from '@/payload/http/endpoint'
import { MAX_BODY_BYTES, TOO_LARGE } from './limits'
import { asSystem } from '@/payload/access'
import { inCallersLanguage } from '@/payload/i18n/problems'

/** A little slack for a clock that runs a few minutes behind the patient's watch. */
const FUTURE_SLACK_MS = 5 * 60_000

/**
 * POST /api/diaries/:appointmentId/block-time — { time: 'HH:MM' } on the appointment's day, clinic
 * time: when the block was given. Set by the patient as they leave (or by clinical staff); it dates
 * every question of the diary and queues the reminder email.
 */
export const setBlockTime: Endpoint = {
  path: '/:appointmentId/block-time',
  method: 'post',
  handler: inCallersLanguage(async (req) => {
    const appointment = await diaryAppointment(req, 'patient-or-clinician')
    if (appointment instanceof Response) return appointment
    const body = await readJsonBody(req, { maxBytes: MAX_BODY_BYTES, tooLarge: TOO_LARGE })
    if (!body.ok) return problem(body.status, body.message)
    const parsed = blockTimeInputSchema.safeParse(body.value)
    if (!parsed.success) return invalid(parsed.error)
    const blockTime = zonedDateTime(new Date(appointment.scheduledAt), (await loadClinicFormats(req.payload, req)).timeZone, parsed.data.time)
    if (blockTime.getTime() > Date.now() + FUTURE_SLACK_MS) {
      return problem(422, 'That time is still to come. Enter the time your block was given.')
    }

    const diary = await ensureDiary(req, appointment)
    if (diary.status === 'submitted') return problem(409, SUBMITTED_MESSAGE)
    const updated = await req.payload.update({
      collection: 'diaries',
      id: diary.id,
      data: { blockTime: blockTime.toISOString() },
      // asSystem: the patient's access to this appointment was checked above; the block time is a server-kept field.
      ...asSystem,
      req,
    })
    return respondWith(diaryState(updated, await listEntries(req, diary.id)))
  }),
}
