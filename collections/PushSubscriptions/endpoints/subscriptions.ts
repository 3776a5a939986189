import type { Endpoint, PayloadRequest } from 'payload'

import { pushSubscriptionSchema, pushUnsubscribeSchema } from '@/lib/reminders'
import { asSystem, checkPatient } from '@/payload/access'
import { requestContextOf } from '@/payload/audit'
import { invalid, json, problem, readJsonBody } from '@/payload/http/endpoint'
import type { z } from '@/lib/zod'
import { setPushConsent } from '@/payload/reminders/preferences'
import { saveSubscription } from '../store'

const MAX_BODY_BYTES = 4 * 1024
const TOO_LARGE = 'A push subscription is a few hundred bytes; this request is far larger.'
/** Enough for a phone, a tablet and a few computers. */
const MAX_DEVICES = 10

/**
 * The push services of the browsers in use (Chrome/Android, Firefox, Edge/Windows, Safari/Apple).
 * The server posts reminders to whatever address a subscription names, so only these are accepted:
 * never an address inside the clinic's network. PUSH_SERVICE_HOSTS adds more (comma-separated).
 */
const PUSH_SERVICE_HOSTS = ['fcm.googleapis.com', 'updates.push.services.mozilla.com', '.notify.windows.com', '.push.apple.com']

export function isPushServiceAddress(endpoint: string): boolean {
  const url = new URL(endpoint)
  if (url.protocol !== 'https:' || url.port !== '' || url.username || url.password) return false
  const extra = (process.env.PUSH_SERVICE_HOSTS ?? '').split(',').map((host) => host.trim()).filter(Boolean)
  return [...PUSH_SERVICE_HOSTS, ...extra].some((host) => (host.startsWith('.') ? url.hostname.endsWith(host) : url.hostname === host))
}

/** The signed-in patient and their request's body, checked by `schema`; or the refusal to answer with. */
async function patientRequest<T>(req: PayloadRequest, action: string, schema: z.ZodType<T>): Promise<{ patientId: number; data: T } | Response> {
  const check = checkPatient(req.user, action)
  if (!check.ok) return problem(check.status, check.message)
  const body = await readJsonBody(req, { maxBytes: MAX_BODY_BYTES, tooLarge: TOO_LARGE })
  if (!body.ok) return problem(body.status, body.message)
  const parsed = schema.safeParse(body.value)
  if (!parsed.success) return invalid(parsed.error)
  return { patientId: Number(check.patient.id), data: parsed.data }
}

/**
 * POST /api/push-subscriptions/subscribe — the signed-in patient's browser, as
 * `PushSubscription.toJSON()` gives it. Stores (or takes over) the subscription for this patient and
 * records their consent to reminders by notification.
 */
export const subscribe: Endpoint = {
  path: '/subscribe',
  method: 'post',
  handler: async (req) => {
    const request = await patientRequest(req, 'turn on notifications', pushSubscriptionSchema)
    if (request instanceof Response) return request
    const { patientId, data: { endpoint, keys } } = request
    if (!isPushServiceAddress(endpoint)) return problem(422, 'This browser’s push service is not one the clinic can send to.')

    const device = req.headers.get('user-agent')?.slice(0, 200) ?? null
    const saved = await saveSubscription(req.payload, { patientId, endpoint, p256dh: keys.p256dh, auth: keys.auth, device }, MAX_DEVICES)
    if (!saved) return problem(422, `Notifications are on for ${MAX_DEVICES} devices already. Turn them off on one you no longer use.`)
    await setPushConsent(req.payload, patientId, true, requestContextOf(req.headers))
    return json(201, { subscribed: true })
  },
}

/** POST /api/push-subscriptions/unsubscribe — { endpoint }: this browser gets no more reminders; the last one withdraws push consent. */
export const unsubscribe: Endpoint = {
  path: '/unsubscribe',
  method: 'post',
  handler: async (req) => {
    const request = await patientRequest(req, 'turn off notifications', pushUnsubscribeSchema)
    if (request instanceof Response) return request
    const { patientId, data: { endpoint } } = request
    // asSystem: removes only the caller's own subscription (the where names them).
    await req.payload.delete({
      collection: 'push-subscriptions',
      where: { and: [{ patient: { equals: patientId } }, { endpoint: { equals: endpoint } }] },
      ...asSystem,
    })
    const { totalDocs } = await req.payload.count({ collection: 'push-subscriptions', where: { patient: { equals: patientId } }, ...asSystem })
    if (totalDocs === 0) await setPushConsent(req.payload, patientId, false, requestContextOf(req.headers))
    return json(200, { subscribed: false })
  },
}
