import { createHash, randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { portalPaths } from '@/lib/paths'
import { serverUrl } from '../env'
import { inviteEmail, passwordResetEmail } from '../email/templates'
import { asSystem } from '../access'
import { localeOfPatient } from '../i18n/locale'
import type { Locale } from '@/lib/i18n/config'

export const PASSWORD_LINK_LIFETIME_MS = 72 * 60 * 60 * 1000

/**
 * What the database keeps of a link's token: its SHA-256. Someone who can read the patients table
 * cannot turn a pending invitation or reset into a working link.
 */
export function storedLinkToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

/**
 * A one-time link: a random token for the patient's email, and only its hash in Payload's
 * reset-password fields, written once with a 72-hour expiry. The portal hashes the token from the
 * link again before asking Payload to reset (Payload's own REST reset route is closed to patients).
 * Returns null when no patient has that email (callers must not reveal that); else the token and the
 * language on the patient's record, which the email and the page it links to are written in.
 */
async function createPasswordToken(payload: Payload, email: string): Promise<{ token: string; locale: Locale } | null> {
  const { docs } = await payload.find({
    collection: 'patients',
    where: { email: { equals: email.trim().toLowerCase() } },
    limit: 1,
    depth: 0,
    ...asSystem,
  })
  if (!docs[0]) return null
  const token = randomBytes(20).toString('hex')
  await payload.update({
    collection: 'patients',
    id: docs[0].id,
    ...asSystem,
    data: { resetPasswordToken: storedLinkToken(token), resetPasswordExpiration: new Date(Date.now() + PASSWORD_LINK_LIFETIME_MS).toISOString() },
  })
  return { token, locale: localeOfPatient(docs[0]) }
}

export async function sendInviteLink(payload: Payload, patient: { email: string; fullName: string }): Promise<void> {
  const link = await createPasswordToken(payload, patient.email)
  if (!link) throw new Error('Could not create an invitation for this patient.')
  const url = `${serverUrl()}${portalPaths.activate(link.token, link.locale)}`
  await payload.sendEmail({ to: patient.email, ...(await inviteEmail({ name: patient.fullName, url, locale: link.locale })) })
}

export async function sendPasswordResetLink(payload: Payload, email: string): Promise<void> {
  const link = await createPasswordToken(payload, email)
  if (!link) return
  const url = `${serverUrl()}${portalPaths.resetPassword(link.token, link.locale)}`
  await payload.sendEmail({ to: email, ...(await passwordResetEmail({ url, locale: link.locale })) })
}
