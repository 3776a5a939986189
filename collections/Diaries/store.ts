/**
 * The diary's SQL. The writes must stay correct when many requests race (autosave retries, two tabs,
 * several app instances): each is one SQL statement, so Postgres decides, not process memory. The
 * autosave's reads are here too, one statement each: they run on Payload's pg pool (or on the
 * benchmark floor's own pool, bench/floor-server.ts, which runs these very statements).
 */
import type { Payload } from 'payload'

import type { DiaryEntry } from '@/lib/diary'
import type { Diary } from '@/payload-types'
import { poolOf, type Queryable } from '@/payload/db/pool'

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

export type OwnDiary = {
  appointmentStatus: string
  /** Null until the patient's first answer or block time starts the diary. */
  diary: { id: number; status: Diary['status']; blockTime: string | null; questionnaire: unknown } | null
}

const toIso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString())

/**
 * The appointment `appointmentId` if it is `patientId`'s own, with its diary: null for a missing
 * appointment and for another patient's alike. The same rule as the patient's read access to
 * appointments (`clinicianOrOwnPatientRecords`: `patient` equals the signed-in patient), in one statement.
 */
export async function ownAppointmentDiary(db: Queryable, appointmentId: number, patientId: number): Promise<OwnDiary | null> {
  const { rows } = await db.query(
    `SELECT a.status AS appointment_status, d.id, d.status, d.block_time, d.questionnaire
     FROM appointments a LEFT JOIN diaries d ON d.appointment_id = a.id
     WHERE a.id = $1 AND a.patient_id = $2`,
    [appointmentId, patientId],
  )
  const row = rows[0]
  if (!row) return null
  const diary = row.id === null ? null : { id: row.id, status: row.status, blockTime: toIso(row.block_time), questionnaire: row.questionnaire }
  return { appointmentStatus: row.appointment_status, diary }
}

/**
 * Stores answers of an in-progress diary, one per time point: a new answer is inserted; for a
 * time point already answered, the answer given later (`answeredAt`) wins, so a re-sent or an
 * older answer changes nothing. `entries` must have distinct time point keys (merge them first).
 * The diary row is share-locked, so a submit running at the same time either waits for these
 * answers or makes this statement store nothing.
 */
export async function upsertEntries(db: Payload | Queryable, diaryId: number, entries: readonly DiaryEntry[]): Promise<void> {
  await ('query' in db ? db : poolOf(db)).query(
    `INSERT INTO diary_entries (diary_id, patient_id, time_point_key, nrs, relief_percent, activity, medicines, client_id, answered_at, updated_at, created_at)
    SELECT d.id, d.patient_id, e.time_point_key, e.nrs, e.relief_percent, e.activity, e.medicines, e.client_id, e.answered_at, now(), now()
    FROM diaries d
    CROSS JOIN jsonb_to_recordset($2::jsonb) AS e(
      time_point_key text, nrs integer, relief_percent integer, activity text, medicines text, client_id text, answered_at timestamptz
    )
    WHERE d.id = $1 AND d.status = 'in-progress'
    FOR SHARE OF d
    ON CONFLICT (diary_id, time_point_key) DO UPDATE SET
      nrs = excluded.nrs,
      relief_percent = excluded.relief_percent,
      activity = excluded.activity,
      medicines = excluded.medicines,
      client_id = excluded.client_id,
      answered_at = excluded.answered_at,
      updated_at = now()
    WHERE diary_entries.answered_at < excluded.answered_at`,
    [diaryId, JSON.stringify(entries.map(toRow))],
  )
}

export type DiaryWithEntries = {
  diary: { id: number; status: Diary['status']; blockTime: string | null; submittedAt: string | null }
  entries: DiaryEntry[]
}

/** The diary as it is now and its answers in the order given, in one statement (after an upsert: what was kept). */
export async function diaryWithEntries(db: Queryable, diaryId: number): Promise<DiaryWithEntries | null> {
  const { rows } = await db.query(
    `SELECT d.status, d.block_time, d.submitted_at,
            e.time_point_key, e.nrs, e.relief_percent, e.activity, e.medicines, e.client_id, e.answered_at
     FROM diaries d LEFT JOIN diary_entries e ON e.diary_id = d.id
     WHERE d.id = $1
     ORDER BY e.answered_at, e.id`,
    [diaryId],
  )
  if (rows.length === 0) return null
  const { status, block_time, submitted_at } = rows[0]
  const entries = rows
    .filter((row) => row.time_point_key !== null)
    .map((row) => ({
      timePointKey: row.time_point_key as string,
      // numeric columns come back as text from pg
      nrs: Number(row.nrs),
      reliefPercent: row.relief_percent === null ? null : Number(row.relief_percent),
      activity: row.activity ?? undefined,
      medicines: row.medicines ?? undefined,
      clientId: row.client_id as string,
      answeredAt: new Date(row.answered_at).toISOString(),
    }))
  return { diary: { id: diaryId, status, blockTime: toIso(block_time), submittedAt: toIso(submitted_at) }, entries }
}

/** Submits an in-progress diary; returns when, or null when it was already submitted. */
export async function markSubmitted(payload: Payload, diaryId: number): Promise<string | null> {
  const { rows } = await poolOf(payload).query(
    `UPDATE diaries SET status = 'submitted', submitted_at = now(), updated_at = now()
     WHERE id = $1 AND status = 'in-progress'
     RETURNING submitted_at`,
    [diaryId],
  )
  const submittedAt = rows[0]?.submitted_at as Date | string | undefined
  return submittedAt ? new Date(submittedAt).toISOString() : null
}
