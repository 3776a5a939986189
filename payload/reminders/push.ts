import type { Payload } from 'payload'
import webpush from 'web-push'

import { reminderPushPayload, type ReminderPushData } from '@/lib/reminders'
import { asSystem } from '../access'
import { vapidDetails } from './vapid'

const TIMEOUT_MS = 10_000
/** A reminder is worth little after a few hours: the push service may drop it then. */
const TIME_TO_LIVE_SECONDS = 4 * 3600

type Subscription = { id: number; endpoint: string; p256dh: string; auth: string }

/**
 * Encrypts `data` for one browser (RFC 8291, aes128gcm, by `web-push`) with the clinic's VAPID
 * signature, and delivers it to its push service. Returns the push service's status.
 */
export async function pushTo(subscription: Omit<Subscription, 'id'>, data: ReminderPushData): Promise<number> {
  const request = webpush.generateRequestDetails(
    { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
    reminderPushPayload(data),
    { vapidDetails: vapidDetails(), TTL: TIME_TO_LIVE_SECONDS, urgency: 'high', contentEncoding: 'aes128gcm' },
  )
  // fetch sets the length itself; every other header (TTL, Urgency, Content-Encoding, Authorization) as web-push made it.
  const headers = Object.fromEntries(
    Object.entries(request.headers as Record<string, string | number>)
      .filter(([name]) => name.toLowerCase() !== 'content-length')
      .map(([name, value]) => [name, String(value)]),
  )
  const response = await fetch(request.endpoint, {
    method: request.method,
    headers,
    body: new Uint8Array(request.body),
    redirect: 'error',
    signal: AbortSignal.timeout(TIMEOUT_MS),
  })
  await response.body?.cancel()
  return response.status
}

/**
 * Sends the reminder to every browser where the patient allowed notifications. A browser whose
 * subscription has ended (404/410 from its push service) is forgotten. True when at least one
 * push service accepted it.
 */
export async function pushToPatient(payload: Payload, patientId: number, data: ReminderPushData): Promise<boolean> {
  // asSystem: a job has no user; the keys are read only to encrypt this patient's reminder.
  const { docs } = await payload.find({ collection: 'push-subscriptions', where: { patient: { equals: patientId } }, depth: 0, limit: 20, ...asSystem })
  let delivered = false
  for (const subscription of docs as Subscription[]) {
    try {
      const status = await pushTo(subscription, data)
      if (status === 404 || status === 410) {
        // asSystem: the push service says this browser unsubscribed.
        await payload.delete({ collection: 'push-subscriptions', id: subscription.id, ...asSystem })
      } else if (status >= 200 && status < 300) {
        delivered = true
      } else {
        payload.logger.warn({ msg: 'A push service refused a reminder', status, subscriptionId: subscription.id })
      }
    } catch (error) {
      payload.logger.warn({ msg: 'Could not reach a push service', err: error, subscriptionId: subscription.id })
    }
  }
  return delivered
}
