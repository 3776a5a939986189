/**
 * The follow-up questionnaire reminders' writes, in the same table and with the same guarantees as
 * the diary's (store.ts): each racing write is one SQL statement. A follow-up reminder names the
 * follow-up instead of a diary, and `block_time` holds the ablation time it was planned from.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import type { PlannedReminder } from '@/lib/reminders'
import { drizzleInTransactionOf, drizzleOf } from '@/payload/db/pool'

/** Stores a planned reminder (or brings back the same one cancelled earlier); its id when newly queued, else null. */
export async function insertFollowUpReminder(
  payload: Payload,
  { followUpId, patientId, ablationAt, reminder }: { followUpId: number; patientId: number; ablationAt: Date; reminder: PlannedReminder },
  req?: Partial<PayloadRequest>,
): Promise<number | null> {
  const db = await drizzleInTransactionOf(payload, req)
  const result = await db.execute(sql`
    INSERT INTO diary_reminders (follow_up_id, patient_id, block_time, first_point_key, point_keys, due_at, send_at, status, updated_at, created_at)
    VALUES (${followUpId}, ${patientId}, ${ablationAt.toISOString()}::timestamptz, ${reminder.pointKeys[0]}, ${JSON.stringify(reminder.pointKeys)}::jsonb,
      ${reminder.dueAt.toISOString()}::timestamptz, ${reminder.sendAt.toISOString()}::timestamptz, 'queued', now(), now())
    ON CONFLICT (follow_up_id, block_time, first_point_key) DO UPDATE SET
      status = 'queued', point_keys = excluded.point_keys, due_at = excluded.due_at, send_at = excluded.send_at, updated_at = now()
    WHERE diary_reminders.status = 'cancelled'
    RETURNING id
  `)
  const id = result.rows[0]?.id
  return id == null ? null : Number(id)
}

/** Cancels the follow-up's reminders still waiting (the ablation moved or was cancelled; planned afresh after). */
export async function cancelQueuedFollowUpReminders(payload: Payload, followUpId: number, req?: Partial<PayloadRequest>): Promise<void> {
  const db = await drizzleInTransactionOf(payload, req)
  await db.execute(sql`UPDATE diary_reminders SET status = 'cancelled', updated_at = now() WHERE follow_up_id = ${followUpId} AND status = 'queued'`)
}

/** Points this ablation time's reminders have already dealt with (sent, being sent, or found answered). */
export async function remindedFollowUpPointKeys(payload: Payload, followUpId: number, ablationAt: Date, req?: Partial<PayloadRequest>): Promise<string[]> {
  const db = await drizzleInTransactionOf(payload, req)
  const result = await db.execute(sql`
    SELECT DISTINCT jsonb_array_elements_text(point_keys) AS key FROM diary_reminders
    WHERE follow_up_id = ${followUpId} AND block_time = ${ablationAt.toISOString()}::timestamptz AND status IN ('sending', 'sent', 'skipped')
  `)
  return result.rows.map((row) => String(row.key))
}

export type ClaimedFollowUpReminder = { id: number; followUpId: number; patientId: number; ablationAt: Date; pointKeys: string[] }

/**
 * Takes a queued follow-up reminder whose time has come, if still owed: its ablation appointment the
 * one, at the time, it was planned from, and not cancelled. One statement: one runner at most gets
 * it. A reminder no longer owed is cancelled instead. Whether its point was answered meanwhile is
 * checked by the sender, against the follow-up's plan.
 */
export async function claimFollowUpReminder(payload: Payload, reminderId: number, now: Date): Promise<ClaimedFollowUpReminder | null> {
  const db = drizzleOf(payload)
  const result = await db.execute(sql`
    UPDATE diary_reminders r SET
      status = (CASE WHEN a.status <> 'cancelled' AND a.scheduled_at = r.block_time THEN 'sending' ELSE 'cancelled' END)::enum_diary_reminders_status,
      updated_at = now()
    FROM follow_ups f LEFT JOIN appointments a ON a.id = f.ablation_appointment_id
    WHERE r.id = ${reminderId} AND r.status = 'queued' AND r.send_at <= ${now.toISOString()}::timestamptz AND f.id = r.follow_up_id
    RETURNING r.id, r.status, r.follow_up_id, r.patient_id, r.block_time, r.point_keys
  `)
  const row = result.rows[0]
  if (!row || row.status !== 'sending') return null
  return {
    id: Number(row.id),
    followUpId: Number(row.follow_up_id),
    patientId: Number(row.patient_id),
    ablationAt: new Date(row.block_time as string),
    pointKeys: row.point_keys as string[],
  }
}
