/**
 * Saving a browser's subscription must stay right when two requests race (a double tap, two tabs,
 * the same browser re-subscribing on two app instances): one SQL statement, so Postgres decides.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { drizzleOf } from '@/payload/db/pool'

export type SubscriptionToSave = { patientId: number; endpoint: string; p256dh: string; auth: string; device: string | null }

/**
 * Stores the subscription, or takes over the one with the same address (a browser's address is
 * unique: re-subscribing, or a shared computer's next patient, replaces it). A new device is added
 * only while the patient has fewer than `maxDevices`. False when that limit refused it.
 */
export async function saveSubscription(payload: Payload, subscription: SubscriptionToSave, maxDevices: number): Promise<boolean> {
  const { patientId, endpoint, p256dh, auth, device } = subscription
  const result = await drizzleOf(payload).execute(sql`
    INSERT INTO push_subscriptions (patient_id, endpoint, p256dh, auth, device, updated_at, created_at)
    SELECT ${patientId}, ${endpoint}, ${p256dh}, ${auth}, ${device}, now(), now()
    WHERE EXISTS (SELECT 1 FROM push_subscriptions WHERE endpoint = ${endpoint})
      OR (SELECT count(*) FROM push_subscriptions WHERE patient_id = ${patientId}) < ${maxDevices}
    ON CONFLICT (endpoint) DO UPDATE SET
      patient_id = excluded.patient_id, p256dh = excluded.p256dh, auth = excluded.auth, device = excluded.device, updated_at = now()
    RETURNING id
  `)
  return result.rows.length > 0
}
