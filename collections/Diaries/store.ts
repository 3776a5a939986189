/**
 * The diary writes that must stay correct when many requests race (autosave retries, two tabs,
 * several app instances): each is one SQL statement, so Postgres decides, not process memory.
 */
import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { DiaryEntry } from '@/lib/diary'

function drizzle(payload: Payload) {
  return (payload.db as unknown as PostgresAdapter).drizzle
}

function toRow(entry: DiaryEntry) {
  return {
    time_point_key: entry.timePointKey,
    nrs: entry.nrs,
    relief_percent: entry.reliefPercent ?? null,
    activity: entry.activity || null,
    medicines: entry.medicines || null,
    client_id: entry.clientId,
    answered_at: entry.answeredAt,
  }
}

/**
 * Stores answers of an in-progress diary, one per time point: a new answer is inserted; for a
 * time point already answered, the answer given later (`answeredAt`) wins, so a re-sent or an
 * older answer changes nothing. `entries` must have distinct time point keys (merge them first).
 * The diary row is share-locked, so a submit running at the same time either waits for these
 * answers or makes this statement store nothing.
 */
export async function upsertEntries(payload: Payload, diaryId: number, entries: readonly DiaryEntry[]): Promise<void> {
  await drizzle(payload).execute(sql`
    INSERT INTO diary_entries (diary_id, patient_id, time_point_key, nrs, relief_percent, activity, medicines, client_id, answered_at, updated_at, created_at)
    SELECT d.id, d.patient_id, e.time_point_key, e.nrs, e.relief_percent, e.activity, e.medicines, e.client_id, e.answered_at, now(), now()
    FROM diaries d
    CROSS JOIN jsonb_to_recordset(${JSON.stringify(entries.map(toRow))}::jsonb) AS e(
      time_point_key text, nrs integer, relief_percent integer, activity text, medicines text, client_id text, answered_at timestamptz
    )
    WHERE d.id = ${diaryId} AND d.status = 'in-progress'
    FOR SHARE OF d
    ON CONFLICT (diary_id, time_point_key) DO UPDATE SET
      nrs = excluded.nrs,
      relief_percent = excluded.relief_percent,
      activity = excluded.activity,
      medicines = excluded.medicines,
      client_id = excluded.client_id,
      answered_at = excluded.answered_at,
      updated_at = now()
    WHERE diary_entries.answered_at < excluded.answered_at
  `)
}

/** Submits an in-progress diary; returns when, or null when it was already submitted. */
export async function markSubmitted(payload: Payload, diaryId: number): Promise<string | null> {
  const result = await drizzle(payload).execute(sql`
    UPDATE diaries SET status = 'submitted', submitted_at = now(), updated_at = now()
    WHERE id = ${diaryId} AND status = 'in-progress'
    RETURNING submitted_at
  `)
  const submittedAt = result.rows[0]?.submitted_at as Date | string | undefined
  return submittedAt ? new Date(submittedAt).toISOString() : null
}
