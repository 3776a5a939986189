import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { nullUnlessUnavailable } from '@/payload/http/endpoint'

import { scheduleInstructions, type InstructionItem, type InstructionTiming } from '@/lib/instructions'
import { sessionDeadline } from '@/lib/sessions'
import type { Appointment, Instruction, Patient } from '@/payload-types'
import { storedLinkToken } from '../auth/passwordLinks'
import { touchActiveSession } from '../auth/patientSessions'
import { readPortalToken } from '../auth/sessionCookie'
import { getPayloadClient } from './getPayloadClient'
import { relationId } from '@/lib/relations'
import type { Locale } from '@/lib/i18n/config'
import { actAs } from '../access'
import { inLocale } from '../i18n/content'
import { localeOfPatient } from '../i18n/locale'
import { getClinicFormats } from './content'

export type PortalPatient = Patient & { collection: 'patients'; _sid?: string }

/** CMS content (procedure titles, instructions) in the patient's language where the clinic has translated it, else in English. */
function inLanguageOf(patient: Pick<Patient, 'language'>) {
  return inLocale(localeOfPatient(patient))
}

/** The patient signed in to the portal for this request (session checked and kept alive), or null. */
export async function getSignedInPatient(): Promise<PortalPatient | null> {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user?.collection === 'patients' ? (user as unknown as PortalPatient) : null
}

export async function requirePatient(): Promise<PortalPatient> {
  const patient = await getSignedInPatient()
  if (!patient) redirect('/portal/sign-in')
  return patient
}

export async function listMyAppointments(patient: PortalPatient): Promise<Appointment[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection: 'appointments', ...actAs(patient), ...inLanguageOf(patient), depth: 1, limit: 100, sort: 'scheduledAt' })
  return docs
}

/** The patient's own appointment, or null (also for another patient's id: the two look the same). */
export async function getMyAppointment(patient: PortalPatient, id: string | number): Promise<Appointment | null> {
  const numericId = Number(id)
  if (!Number.isInteger(numericId) || numericId <= 0) return null
  const payload = await getPayloadClient()
  return payload
    .findByID({ collection: 'appointments', id: numericId, ...actAs(patient), ...inLanguageOf(patient), depth: 1 })
    .catch(nullUnlessUnavailable)
}

export async function instructionsConfirmedAt(patient: PortalPatient, appointmentId: number): Promise<string | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'instruction-confirmations',
    ...actAs(patient),
    where: { appointment: { equals: appointmentId } },
    limit: 1,
    depth: 0,
  })
  return docs[0]?.confirmedAt ?? null
}

function toTiming(timing: Instruction['timing']): InstructionTiming {
  const amount = timing?.amount ?? 1
  const time = timing?.time || undefined
  switch (timing?.kind) {
    case 'hours-before':
      return { kind: 'hours-before', hours: amount }
    case 'morning-of':
      return { kind: 'morning-of', time }
    case 'at-appointment':
      return { kind: 'at-appointment' }
    case 'hours-after':
      return { kind: 'hours-after', hours: amount }
    case 'next-morning':
      return { kind: 'next-morning', time }
    default:
      return { kind: 'days-before', days: amount, time }
  }
}

/**
 * The published instructions of the appointment's procedure, as a dated checklist, in `locale`
 * (by default the patient's own language; an instruction not yet translated reads in English).
 */
export async function instructionScheduleFor(patient: PortalPatient, appointment: Appointment, locale: Locale = localeOfPatient(patient)) {
  const payload = await getPayloadClient()
  const procedureId = relationId(appointment.procedure)
  const { docs } = await payload.find({
    collection: 'instructions',
    ...actAs(patient),
    where: { procedure: { equals: procedureId } },
    sort: 'order',
    limit: 200,
    depth: 0,
    ...inLocale(locale),
  })
  const items: InstructionItem[] = docs.map((doc) => ({
    id: doc.id,
    title: doc.title,
    details: doc.details,
    category: doc.category,
    timing: toTiming(doc.timing),
    phrasing: doc.timing?.phrasing,
  }))
  return scheduleInstructions(items, new Date(appointment.scheduledAt), await getClinicFormats(), locale)
}

/**
 * When the current portal session ends if the patient does nothing more (idle or absolute limit),
 * or null when there is no live session. Reading it counts as activity, like any signed-in request.
 */
export async function currentSessionDeadline(): Promise<Date | null> {
  const token = await readPortalToken(await headers())
  if (!token?.sid) return null
  const payload = await getPayloadClient()
  const session = await touchActiveSession(payload, token.sid, new Date())
  return session ? sessionDeadline(session) : null
}

/** When the patient confirmed reading the instructions of each of these appointments (absent: not yet). */
export async function instructionConfirmationsFor(patient: PortalPatient, appointmentIds: number[]): Promise<Map<number, string>> {
  const confirmed = new Map<number, string>()
  if (appointmentIds.length === 0) return confirmed
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'instruction-confirmations',
    ...actAs(patient),
    where: { appointment: { in: appointmentIds } },
    limit: appointmentIds.length,
    depth: 0,
    pagination: false,
  })
  for (const doc of docs) {
    const appointmentId = relationId(doc.appointment)!
    confirmed.set(appointmentId, doc.confirmedAt)
  }
  return confirmed
}

/**
 * Whether an invite or reset link can still set a password, checked the way Payload's
 * resetPassword does (same token, not yet expired; a used link has its expiry set to the past),
 * so the page can say a link is spent before the patient types a new password. Returns the
 * account's email for the password manager's username field, or null.
 */
export async function passwordLinkAccount(token: string | undefined | null): Promise<{ email: string } | null> {
  if (typeof token !== 'string' || token.length < 10 || token.length > 200) return null
  const payload = await getPayloadClient()
  const user = (await payload.db.findOne({
    collection: 'patients',
    where: {
      and: [{ resetPasswordToken: { equals: storedLinkToken(token) } }, { resetPasswordExpiration: { greater_than: new Date().toISOString() } }],
    },
  })) as { email?: string } | null
  return user?.email ? { email: user.email } : null
}

/** The specialist's decision per appointment, as far as the patient may see it (decision and date only). */
export async function reviewOutcomesFor(patient: PortalPatient, appointmentIds: number[]) {
  const outcomes = new Map<number, { decision: string; decidedAt: string | null }>()
  if (appointmentIds.length === 0) return outcomes
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'diaries',
    ...actAs(patient),
    where: { appointment: { in: appointmentIds }, status: { equals: 'submitted' } },
    limit: appointmentIds.length,
    depth: 0,
  })
  for (const diary of docs) {
    const appointmentId = relationId(diary.appointment)!
    if (diary.review?.decision) outcomes.set(appointmentId, { decision: diary.review.decision, decidedAt: diary.review.reviewedAt ?? null })
  }
  return outcomes
}
