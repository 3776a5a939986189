import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import type { Patient } from '@/payload-types'
import { actAs, checkPatient } from '@/payload/access'
import { unavailableSessionLookup } from '@/payload/auth/signedOut'
import { actorOf, recordAudit, requestContextOf, type AuditOutcome } from '@/payload/audit'
import { json, problem, readJsonBody, nullUnlessUnavailable } from '@/payload/http/endpoint'
import { canWithdraw } from '@/lib/consent'
import { inCallersLanguage } from '@/payload/i18n/problems'

const withdrawalSchema = z.object({
  appointmentId: z.number({ error: 'The appointment is missing or not valid. Reload the page and try again.' }).int().positive(),
})

async function audit(req: PayloadRequest, outcome: AuditOutcome, detail: string, resourceIds: number[] = []): Promise<void> {
  await recordAudit(req.payload, { action: 'consent-withdrawn', outcome, ...actorOf(req), resource: 'consents', resourceIds, ...requestContextOf(req.headers), detail })
}

async function refuse(req: PayloadRequest, status: number, message: string): Promise<Response> {
  await audit(req, status === 401 || status === 403 || status === 404 ? 'denied' : 'failure', `${status}: ${message}`)
  return problem(status, message)
}

type Pool = { query: (sql: string, values: unknown[]) => Promise<unknown> }

/**
 * The app's database role has no UPDATE on consents: the withdrawal goes through the database
 * function made for it (one statement, so all of the appointment's consents or none), which changes
 * status, withdrawal time and the signed key only; the consents' trigger checks that too.
 */
async function withdrawSigned(req: PayloadRequest, ids: number[], withdrawnAt: string): Promise<void> {
  const pool = (req.payload.db as unknown as { pool: Pool }).pool
  await pool.query('SELECT integrity.withdraw_consents($1::integer[], $2::timestamptz)', [ids, withdrawnAt])
}

/**
 * POST /api/consents/withdraw { appointmentId }, for the signed-in patient only: every consent they
 * signed for that appointment becomes "withdrawn" with the time. The signed records stay as they were.
 */
async function withdrawConsent(req: PayloadRequest): Promise<Response> {
  const check = checkPatient(req.user, 'withdraw this consent')
  if (!check.ok) return (check.status === 401 && (await unavailableSessionLookup(req))) || refuse(req, check.status, check.message)
  const patient = check.patient as unknown as Patient
  const body = await readJsonBody(req, { maxBytes: 4 * 1024, tooLarge: 'The request is too large. Reload the page and try again.' })
  if (!body.ok) return refuse(req, body.status, body.message)
  const parsed = withdrawalSchema.safeParse(body.value)
  if (!parsed.success) return refuse(req, 400, parsed.error.issues[0].message)

  const appointment = await req.payload.findByID({ collection: 'appointments', id: parsed.data.appointmentId, ...actAs(patient), depth: 0 }).catch(nullUnlessUnavailable)
  if (!appointment) return refuse(req, 404, 'That appointment was not found.')
  if (!canWithdraw(appointment)) {
    return refuse(req, 409, 'Your procedure has already taken place, so this consent can no longer be withdrawn in the portal. Call the clinic if you have concerns.')
  }
  const { docs: signed } = await req.payload.find({
    collection: 'consents',
    ...actAs(patient),
    where: { appointment: { equals: appointment.id }, status: { equals: 'signed' } },
    depth: 0,
    pagination: false,
  })
  if (signed.length === 0) return refuse(req, 409, 'There is no signed consent to withdraw for this appointment.')

  const withdrawnAt = new Date().toISOString()
  const ids = signed.map(({ id }) => id)
  await withdrawSigned(req, ids, withdrawnAt)
  await audit(req, 'success', `appointment ${appointment.id}`, ids)
  return json(200, { message: 'Your consent is withdrawn.', withdrawnAt, consentIds: ids })
}

/** POST /api/consents/withdraw — the patient withdraws consent for one appointment. */
export const withdrawConsentEndpoint: Endpoint = { path: '/withdraw', method: 'post', handler: inCallersLanguage(withdrawConsent) }
