import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { LOCALES } from '@/lib/i18n/config'
import { asSystem, checkPatient } from '@/payload/access'
import { unavailableSessionLookup } from '@/payload/auth/signedOut'
import { actorOf, recordAudit, requestContextOf } from '@/payload/audit'
import { json, problem, readJsonBody } from '@/payload/http/endpoint'
import { localeOfRequest } from '@/payload/i18n/locale'
import { translatorFor } from '@/lib/i18n/translate'

const languageSchema = z.object({ language: z.enum(LOCALES) })

async function refuse(req: PayloadRequest, status: number, message: string): Promise<Response> {
  await recordAudit(req.payload, {
    action: 'language-changed',
    outcome: status === 401 || status === 403 ? 'denied' : 'failure',
    ...actorOf(req),
    resource: 'patients',
    resourceIds: [],
    ...requestContextOf(req.headers),
    detail: `${status}: ${message}`,
  })
  return problem(status, message)
}

/**
 * POST /api/patients/language { language } — the signed-in patient changes the language of their own
 * portal, emails and reminders. There is no id in the path: a patient can only ever change their own
 * record (staff change a patient's language on the record in /admin).
 */
async function handler(req: PayloadRequest): Promise<Response> {
  const t = translatorFor(localeOfRequest(req.user, req.headers))
  const check = checkPatient(req.user, 'change the language')
  if (!check.ok) {
    if (check.status === 401) return (await unavailableSessionLookup(req)) || refuse(req, 401, t('errors.signedOut'))
    return refuse(req, 403, t('language.onlyPatient'))
  }
  const body = await readJsonBody(req, { maxBytes: 1024, tooLarge: t('errors.tooLarge') })
  if (!body.ok) return refuse(req, body.status, body.message)
  const parsed = languageSchema.safeParse(body.value)
  if (!parsed.success) return refuse(req, 422, t('language.unknown'))

  const patientId = Number(check.patient.id)
  // asSystem: patients may not update their record; this changes one field of their own, named by the session.
  await req.payload.update({ collection: 'patients', id: patientId, data: { language: parsed.data.language }, ...asSystem })
  await recordAudit(req.payload, {
    action: 'language-changed',
    actorCollection: 'patients',
    actorId: patientId,
    resource: 'patients',
    resourceIds: [patientId],
    detail: `Language ${parsed.data.language}`,
    ...requestContextOf(req.headers),
  })
  return json(200, { language: parsed.data.language, message: translatorFor(parsed.data.language)('language.saved') })
}

export const setLanguage: Endpoint = { path: '/language', method: 'post', handler }
