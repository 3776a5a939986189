import type { Payload } from 'payload'
import type { Pool } from 'pg'

import { openSecret, sealSecret } from '@/lib/second-factor/sealing'

/**
 * The second factor's columns on `users` and `patients` (the hidden `secondFactor` group and
 * `secondFactorEnrolledAt`, the same names in both). Plain SQL so that each change is one atomic statement
 * (a code or recovery code can be used once even when two requests race) and never rewrites the
 * account's other columns or Payload's sessions.
 */
const COLUMNS = {
  secret: 'second_factor_secret',
  pendingSecret: 'second_factor_pending_secret',
  lastStep: 'second_factor_last_step',
  recoveryCodes: 'second_factor_recovery_codes',
  enrolledAt: 'second_factor_enrolled_at',
} as const

export type FactorState = {
  enrolled: boolean
  secret: string | null
  pendingSecret: string | null
  lastStep: number | null
  recoveryCodesLeft: number
}

function pool(payload: Payload): Pool {
  return (payload.db as unknown as { pool: Pool }).pool
}

/** The accounts that can carry a factor: staff (required) and patients (their choice). */
export type FactorTable = 'users' | 'patients'

const serverSecret = (payload: Payload) => payload.config.secret

export const seal = (payload: Payload, secret: string) => sealSecret(secret, serverSecret(payload))

export async function readFactor(payload: Payload, userId: number, table: FactorTable = 'users'): Promise<FactorState | null> {
  const { rows } = await pool(payload).query(
    `SELECT ${COLUMNS.secret} AS secret, ${COLUMNS.pendingSecret} AS pending, ${COLUMNS.lastStep} AS last_step,
            ${COLUMNS.enrolledAt} AS enrolled_at, jsonb_array_length(COALESCE(${COLUMNS.recoveryCodes}, '[]'::jsonb)) AS codes_left
       FROM ${table} WHERE id = $1`,
    [userId],
  )
  const row = rows[0]
  if (!row) return null
  const open = (value: string | null) => (value ? openSecret(value, serverSecret(payload)) : null)
  return {
    enrolled: Boolean(row.enrolled_at && row.secret),
    secret: open(row.secret),
    pendingSecret: open(row.pending),
    lastStep: row.last_step == null ? null : Number(row.last_step),
    recoveryCodesLeft: Number(row.codes_left),
  }
}

export async function savePendingSecret(payload: Payload, userId: number, secret: string, table: FactorTable = 'users'): Promise<void> {
  await pool(payload).query(`UPDATE ${table} SET ${COLUMNS.pendingSecret} = $2 WHERE id = $1 AND ${COLUMNS.enrolledAt} IS NULL`, [userId, seal(payload, secret)])
}

/** Turns the pending secret into the account's factor; false when another request enrolled first. */
export async function completeEnrolment(
  payload: Payload,
  userId: number,
  input: { step: number; recoveryCodeHashes: string[] },
  table: FactorTable = 'users',
): Promise<boolean> {
  const { rowCount } = await pool(payload).query(
    `UPDATE ${table} SET ${COLUMNS.secret} = ${COLUMNS.pendingSecret}, ${COLUMNS.pendingSecret} = NULL,
            ${COLUMNS.lastStep} = $2, ${COLUMNS.recoveryCodes} = $3::jsonb, ${COLUMNS.enrolledAt} = now()
      WHERE id = $1 AND ${COLUMNS.enrolledAt} IS NULL AND ${COLUMNS.pendingSecret} IS NOT NULL`,
    [userId, input.step, JSON.stringify(input.recoveryCodeHashes)],
  )
  return rowCount === 1
}

/** Records `step` as the last one used; false when this step (or a later one) was already used. */
export async function claimStep(payload: Payload, userId: number, step: number, table: FactorTable = 'users'): Promise<boolean> {
  const { rowCount } = await pool(payload).query(
    `UPDATE ${table} SET ${COLUMNS.lastStep} = $2 WHERE id = $1 AND (${COLUMNS.lastStep} IS NULL OR ${COLUMNS.lastStep} < $2)`,
    [userId, step],
  )
  return rowCount === 1
}

/** Removes the recovery code's hash; the number left, or null when the code is unknown or already used. */
export async function consumeRecoveryCode(payload: Payload, userId: number, hash: string, table: FactorTable = 'users'): Promise<number | null> {
  const { rows } = await pool(payload).query(
    `UPDATE ${table} SET ${COLUMNS.recoveryCodes} = ${COLUMNS.recoveryCodes} - $2::text
      WHERE id = $1 AND jsonb_exists(${COLUMNS.recoveryCodes}, $2::text)
      RETURNING jsonb_array_length(${COLUMNS.recoveryCodes}) AS codes_left`,
    [userId, hash],
  )
  return rows[0] ? Number(rows[0].codes_left) : null
}

/** Forgets the factor; false when the account does not exist. */
export async function clearFactor(payload: Payload, userId: number, table: FactorTable = 'users'): Promise<boolean> {
  const { rowCount } = await pool(payload).query(
    `UPDATE ${table} SET ${COLUMNS.secret} = NULL, ${COLUMNS.pendingSecret} = NULL, ${COLUMNS.lastStep} = NULL,
            ${COLUMNS.recoveryCodes} = NULL, ${COLUMNS.enrolledAt} = NULL
      WHERE id = $1`,
    [userId],
  )
  return rowCount === 1
}

/** Ends Payload sessions of the account (all, or the one named): their tokens stop working at once. */
export async function endPayloadSessions(payload: Payload, userId: number, sid?: string): Promise<void> {
  if (sid) await pool(payload).query(`DELETE FROM users_sessions WHERE _parent_id = $1 AND id = $2`, [userId, sid])
  else await pool(payload).query(`DELETE FROM users_sessions WHERE _parent_id = $1`, [userId])
}

export async function payloadSessionIds(payload: Payload, userId: number): Promise<string[]> {
  const { rows } = await pool(payload).query(`SELECT id FROM users_sessions WHERE _parent_id = $1`, [userId])
  return rows.map((row) => String(row.id))
}

/** What seeding writes for an account enrolled in advance with a known secret (demo and test accounts). */
export function enrolledFactorData(payload: Payload, secret: string) {
  return {
    secondFactor: { secret: seal(payload, secret), pendingSecret: null, lastStep: null, recoveryCodes: [] },
    secondFactorEnrolledAt: new Date().toISOString(),
  }
}
