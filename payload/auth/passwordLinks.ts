import type { Payload } from 'payload'

import { PORTAL_ACCOUNT_FLOW } from '../../collections/Patients/hooks/onlyThroughPortal'
import { serverUrl } from '../env'
import { inviteEmail, passwordResetEmail } from '../email/templates'

export const PASSWORD_LINK_LIFETIME_MS = 72 * 60 * 60 * 1000

/**
 * One-time links reuse Payload's reset-password token: random, expiring after 72 hours, cleared on
 * use (Payload keeps it in the patient row; only the server and database can see it).
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
  return typeof token === 'string' && token ? token : null
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
