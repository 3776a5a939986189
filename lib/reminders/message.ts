import { type ClinicFormats, formatTime } from '../dates'
import { DEFAULT_LOCALE, type Locale } from '../i18n/config'
import { translatorFor } from '../i18n/translate'

export const CLINIC_NAME = 'Harbour Spine Clinic'

/** The channels a reminder can go by. */
export const REMINDER_CHANNELS = ['push', 'email', 'sms'] as const
export type ReminderChannel = (typeof REMINDER_CHANNELS)[number]

export const CHANNEL_LABELS: Record<ReminderChannel, string> = {
  push: 'Notification on this phone or computer',
  email: 'Email',
  sms: 'Text message (SMS)',
}

/**
 * What every reminder says, on every channel: that the diary has questions waiting, how many and
 * from when, and nothing about the patient's health, the procedure or their answers (a lock screen,
 * a shared inbox or a text preview may be read by someone else).
 */
export interface ReminderMessage {
  title: string
  body: string
  /** Title and body in one line, e.g. for a text message. */
  text: string
}

/** The message for the time points still waiting, given by their due times (at least one), in the patient's language. */
export function reminderMessage(waitingDueTimes: readonly Date[], formats: ClinicFormats, locale: Locale = DEFAULT_LOCALE): ReminderMessage {
  const sorted = [...waitingDueTimes].sort((a, b) => a.getTime() - b.getTime())
  const body = translatorFor(locale)('reminder.waiting', {
    count: sorted.length,
    from: formatTime(sorted[0], formats, locale),
    to: formatTime(sorted[sorted.length - 1], formats, locale),
  })
  return { title: CLINIC_NAME, body, text: `${CLINIC_NAME}: ${body.charAt(0).toLowerCase()}${body.slice(1)}` }
}
