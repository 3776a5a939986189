import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import { PORTAL_ACCOUNT_FLOW } from '../../collections/Patients/hooks/onlyThroughPortal'
import { serverUrl } from '../env'
import { inviteEmail, passwordResetEmail } from '../email/templates'

export const PASSWORD_LINK_LIFETIME_MS = 72 * 60 * 60 * 1000

/**
 * What the database keeps of a link's token: its SHA-256. Someone who can read the patients table
 * cannot turn a pending invitation or reset into a working link.
 */
export function storedLinkToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

/**
 * One-time links reuse Payload's reset-password token (random, expiring after 72 hours, cleared on
 * use), but the row keeps only its hash: the patient's link carries the token, and the portal hashes
 * it again before asking Payload to reset (Payload's own REST reset route is closed to patients).
 * Returns null when no patient has that email (callers must not reveal that).
 */
async function createPasswordToken(payload: Payload, email: string): Promise<string | null> {
  const token = await payload.forgotPassword({
    collection: 'patients',
    data: { email },
    disableEmail: true,
    expiration: PASSWORD_LINK_LIFETIME_MS,
    context: PORTAL_ACCOUNT_FLOW,
  })
  if (typeof token !== 'string' || !token) return null
  const pool = (payload.db as unknown as { pool: { query: (sql: string, values: unknown[]) => Promise<unknown> } }).pool
  await pool.query('UPDATE patients SET reset_password_token = $1 WHERE reset_password_token = $2', [storedLinkToken(token), token])
  return token
}

export async function sendInviteLink(payload: Payload, patient: { email: string; fullName: string }): Promise<void> {
  const token = await createPasswordToken(payload, patient.email)
  if (!token) throw new Error('Could not create an invitation for this patient.')
  const url = `${serverUrl()}/portal/activate?token=${encodeURIComponent(token)}`
  await payload.sendEmail({ to: patient.email, ...inviteEmail({ name: patient.fullName, url }) })
}

export async function sendPasswordResetLink(payload: Payload, email: string): Promise<void> {
  const token = await createPasswordToken(payload, email)
  if (!token) return
  const url = `${serverUrl()}/portal/reset-password?token=${encodeURIComponent(token)}`
  await payload.sendEmail({ to: email, ...passwordResetEmail({ url }) })
}
