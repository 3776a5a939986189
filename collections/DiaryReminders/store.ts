/**
 * The reminder writes that must stay correct when job runners race (several app instances polling
 * one queue, a retry after a restart): each is one SQL statement, so Postgres decides.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import type { PlannedReminder, ReminderChannel } from '@/lib/reminders'
import { drizzleInTransactionOf, drizzleOf } from '@/payload/db/pool'

/**
 * Stores a planned reminder, or brings back the same one cancelled earlier (the block time set
 * back to an earlier value). Returns its id when it is newly queued, null when it was already queued,
 * sent or skipped: only then does it need a job.
 */
export async function insertReminder(
  payload: Payload,
  { diaryId, patientId, blockTime, reminder }: { diaryId: number; patientId: number; blockTime: Date; reminder: PlannedReminder },
  req?: Partial<PayloadRequest>,
): Promise<number | null> {
  const db = await drizzleInTransactionOf(payload, req)
  const result = await db.execute(sql`
    INSERT INTO diary_reminders (diary_id, patient_id, block_time, first_point_key, point_keys, due_at, send_at, status, updated_at, created_at)
    VALUES (${diaryId}, ${patientId}, ${blockTime.toISOString()}::timestamptz, ${reminder.pointKeys[0]}, ${JSON.stringify(reminder.pointKeys)}::jsonb,
      ${reminder.dueAt.toISOString()}::timestamptz, ${reminder.sendAt.toISOString()}::timestamptz, 'queued', now(), now())
    ON CONFLICT (diary_id, block_time, first_point_key) DO UPDATE SET
      status = 'queued', point_keys = excluded.point_keys, due_at = excluded.due_at, send_at = excluded.send_at, updated_at = now()
    WHERE diary_reminders.status = 'cancelled'
    RETURNING id
  `)
  const id = result.rows[0]?.id
  return id == null ? null : Number(id)
}

/** Cancels every reminder of the diary still waiting (block time changed, diary submitted, appointment cancelled). */
export async function cancelQueuedReminders(payload: Payload, diaryId: number, req?: Partial<PayloadRequest>): Promise<void> {
  const db = await drizzleInTransactionOf(payload, req)
  await db.execute(sql`
    UPDATE diary_reminders SET status = 'cancelled', updated_at = now() WHERE diary_id = ${diaryId} AND status = 'queued'
  `)
}

/** Time points this block time's reminders have already dealt with (sent, being sent, or found answered). */
export async function remindedPointKeys(payload: Payload, diaryId: number, blockTime: Date, req?: Partial<PayloadRequest>): Promise<string[]> {
  const db = await drizzleInTransactionOf(payload, req)
  const result = await db.execute(sql`
    SELECT DISTINCT jsonb_array_elements_text(point_keys) AS key FROM diary_reminders
    WHERE diary_id = ${diaryId} AND block_time = ${blockTime.toISOString()}::timestamptz AND status IN ('sending', 'sent', 'skipped')
  `)
  return result.rows.map((row) => String(row.key))
}

export type ClaimedReminder = {
  id: number
  diaryId: number
  patientId: number
  appointmentId: number
  blockTime: Date
  pointKeys: string[]
  /** The points of this reminder answered by now: nothing is sent for them. */
  answeredKeys: string[]
}

/**
 * Takes a queued reminder whose time has come (`now`), if it is still owed: the diary in progress,
 * its block time the one the reminder was planned from, the appointment not cancelled. One statement:
 * of any number of runners, exactly one gets the row. A reminder no longer owed is cancelled instead.
 */
export async function claimReminder(payload: Payload, reminderId: number, now: Date): Promise<ClaimedReminder | null> {
  const result = await drizzleOf(payload).execute(sql`
    UPDATE diary_reminders r SET
      status = (CASE WHEN d.status = 'in-progress' AND d.block_time = r.block_time AND a.status <> 'cancelled'
        THEN 'sending' ELSE 'cancelled' END)::enum_diary_reminders_status,
      updated_at = now()
    FROM diaries d JOIN appointments a ON a.id = d.appointment_id
    WHERE r.id = ${reminderId} AND r.status = 'queued' AND r.send_at <= ${now.toISOString()}::timestamptz AND d.id = r.diary_id
    RETURNING r.id, r.status, r.diary_id, r.patient_id, d.appointment_id, r.block_time, r.point_keys,
      (SELECT coalesce(jsonb_agg(e.time_point_key), '[]'::jsonb) FROM diary_entries e
        WHERE e.diary_id = r.diary_id AND e.time_point_key IN (SELECT jsonb_array_elements_text(r.point_keys))) AS answered_keys
  `)
  const row = result.rows[0]
  if (!row || row.status !== 'sending') return null
  return {
    id: Number(row.id),
    diaryId: Number(row.diary_id),
    patientId: Number(row.patient_id),
    appointmentId: Number(row.appointment_id),
    blockTime: new Date(row.block_time as string),
    pointKeys: row.point_keys as string[],
    answeredKeys: row.answered_keys as string[],
  }
}

/** Ids of queued reminders (diaries' and follow-ups') due by `now` (for a runner sweeping them), oldest first. */
export async function dueReminderIds(
  payload: Payload,
  now: Date,
  { diaryId, followUpId, limit = 50 }: { diaryId?: number; followUpId?: number; limit?: number } = {},
): Promise<number[]> {
  const result = await drizzleOf(payload).execute(sql`
    SELECT id FROM diary_reminders
    WHERE status = 'queued' AND send_at <= ${now.toISOString()}::timestamptz ${diaryId ? sql`AND diary_id = ${diaryId}` : sql``}
      ${followUpId ? sql`AND follow_up_id = ${followUpId}` : sql``}
    ORDER BY send_at, id LIMIT ${limit}
  `)
  return result.rows.map((row) => Number(row.id))
}

/** Records how a claimed reminder ended: sent on `channels` at `at`, or not needed. */
export async function finishReminder(
  payload: Payload,
  reminderId: number,
  outcome: { status: 'sent'; channels: ReminderChannel[]; at: Date } | { status: 'skipped'; at: Date },
): Promise<void> {
  const channels = outcome.status === 'sent' ? JSON.stringify(outcome.channels) : '[]'
  const status = outcome.status === 'sent' ? sql`'sent'` : sql`'skipped'`
  await drizzleOf(payload).execute(sql`
    UPDATE diary_reminders SET status = ${status}, channels = ${channels}::jsonb, sent_at = ${outcome.at.toISOString()}::timestamptz, updated_at = now()
    WHERE id = ${reminderId} AND status = 'sending'
  `)
}

/** Gives a claimed reminder back (no channel could deliver it), so the job's retry sends it. */
export async function releaseReminder(payload: Payload, reminderId: number): Promise<void> {
  await drizzleOf(payload).execute(sql`UPDATE diary_reminders SET status = 'queued', updated_at = now() WHERE id = ${reminderId} AND status = 'sending'`)
}
