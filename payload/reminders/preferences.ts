import type { Payload } from 'payload'

import {
  DEFAULT_REMINDER_PREFERENCES,
  type ReminderChannel,
  type ReminderPreferences,
  type ReminderTiming,
} from '@/lib/reminders'
import type { Patient } from '@/payload-types'
import { recordAudit, type AuditEntry } from '../audit'
import { asSystem } from '../access'

type StoredChoice = NonNullable<Patient['reminders']>
type RequestContext = Pick<AuditEntry, 'ip' | 'userAgent'>

/** What the patient chose, with the clinic's defaults where they have not (reminders by email, quiet 22:00–07:00). */
export function reminderPreferencesOf(patient: Pick<Patient, 'reminders'>): ReminderPreferences {
  const stored: StoredChoice = patient.reminders ?? {}
  const chosen = Boolean(stored.chosenAt)
  return {
    email: chosen ? Boolean(stored.emailConsentedAt) : DEFAULT_REMINDER_PREFERENCES.email,
    sms: Boolean(stored.smsConsentedAt),
    mobile: stored.mobile ?? '',
    quietHoursStart: stored.quietHoursStart || DEFAULT_REMINDER_PREFERENCES.quietHoursStart,
    quietHoursEnd: stored.quietHoursEnd || DEFAULT_REMINDER_PREFERENCES.quietHoursEnd,
    wakeTime: stored.wakeTime || DEFAULT_REMINDER_PREFERENCES.wakeTime,
  }
}

/** The channels a reminder goes by now: each one the patient consented to (push once a browser is subscribed). */
export function reminderChannelsOf(patient: Pick<Patient, 'reminders'>): ReminderChannel[] {
  const preferences = reminderPreferencesOf(patient)
  const channels: ReminderChannel[] = []
  if (patient.reminders?.pushConsentedAt) channels.push('push')
  if (preferences.email) channels.push('email')
  if (preferences.sms && preferences.mobile) channels.push('sms')
  return channels
}

/** The patient's quiet hours and wake time, read in the clinic's time zone (`loadClinicFormats`). */
export function reminderTimingOf(patient: Pick<Patient, 'reminders'>, timeZone: string): ReminderTiming {
  const preferences = reminderPreferencesOf(patient)
  return {
    quietHours: { start: preferences.quietHoursStart, end: preferences.quietHoursEnd },
    wakeTime: preferences.wakeTime,
    // One clinic, one time zone (site settings); a per-patient zone would go here.
    timeZone,
  }
}

/** The consent time to keep: unchanged while on, now when turned on, none when off. */
function consentTime(on: boolean, previous: string | null | undefined, now: Date): string | null {
  if (!on) return null
  return previous ?? now.toISOString()
}

async function auditConsent(payload: Payload, patientId: number, channel: ReminderChannel, on: boolean, context: RequestContext) {
  await recordAudit(payload, {
    action: on ? 'reminder-consent-given' : 'reminder-consent-withdrawn',
    actorCollection: 'patients',
    actorId: patientId,
    resource: 'patients',
    resourceIds: [patientId],
    detail: `Diary reminders by ${channel}`,
    ...context,
  })
}

/**
 * Stores the patient's reminder choice. Consent to each channel is dated when given and cleared when
 * withdrawn; each change, and the quiet hours, leave an audit event. Push is turned on and off by
 * subscribing a browser (`setPushConsent`), not here.
 */
export async function saveReminderPreferences(
  payload: Payload,
  patient: Pick<Patient, 'id' | 'reminders'>,
  choice: ReminderPreferences,
  context: RequestContext,
  now = new Date(),
): Promise<void> {
  const before = reminderPreferencesOf(patient)
  const stored: StoredChoice = patient.reminders ?? {}
  const reminders: StoredChoice = {
    ...stored,
    chosenAt: now.toISOString(),
    emailConsentedAt: consentTime(choice.email, stored.chosenAt ? stored.emailConsentedAt : null, now),
    smsConsentedAt: consentTime(choice.sms, stored.smsConsentedAt, now),
    mobile: choice.mobile || null,
    quietHoursStart: choice.quietHoursStart,
    quietHoursEnd: choice.quietHoursEnd,
    wakeTime: choice.wakeTime,
  }
  // asSystem: the signed-in patient changes their own reminder choice (a server-kept group).
  await payload.update({ collection: 'patients', id: patient.id, data: { reminders }, ...asSystem })
  const firstChoice = !stored.chosenAt
  if (firstChoice || before.email !== choice.email) await auditConsent(payload, patient.id, 'email', choice.email, context)
  if (before.sms !== choice.sms || (choice.sms && before.mobile !== choice.mobile)) await auditConsent(payload, patient.id, 'sms', choice.sms, context)
  const times = (value: ReminderPreferences) => `${value.quietHoursStart}-${value.quietHoursEnd}, wake ${value.wakeTime}`
  if (firstChoice || times(before) !== times(choice)) {
    await recordAudit(payload, {
      action: 'reminder-settings',
      actorCollection: 'patients',
      actorId: patient.id,
      resource: 'patients',
      resourceIds: [patient.id],
      detail: `Quiet hours ${times(choice)}`,
      ...context,
    })
  }
}

/** Push consent follows the patient's browsers: given with the first subscribed one, withdrawn with the last. */
export async function setPushConsent(payload: Payload, patientId: number, on: boolean, context: RequestContext, now = new Date()): Promise<void> {
  // asSystem: reads and writes only the patient's own reminder choice, for their own request.
  const patient = await payload.findByID({ collection: 'patients', id: patientId, depth: 0, ...asSystem })
  const stored: StoredChoice = patient.reminders ?? {}
  if (Boolean(stored.pushConsentedAt) === on) return
  await payload.update({
    collection: 'patients',
    id: patientId,
    data: { reminders: { ...stored, pushConsentedAt: on ? now.toISOString() : null } },
    ...asSystem,
  })
  await auditConsent(payload, patientId, 'push', on, context)
}
