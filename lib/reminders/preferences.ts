/** The patient's reminder choices: the form in the portal and the server action share this schema. */
import { TIME_OF_DAY_PATTERN } from '../dates'
import { z } from '../zod'
import { REMINDER_PROBLEMS } from './problems'
import { DEFAULT_REMINDER_TIMING } from './schedule'

const TIME_MESSAGE = REMINDER_PROBLEMS.time
/** International format, as SMS providers expect it: +, country code, number. */
const MOBILE_PATTERN = /^\+[1-9]\d{7,14}$/

const timeOfDay = z.string().trim().regex(TIME_OF_DAY_PATTERN, TIME_MESSAGE)

/** Spaces, dashes and brackets people type are dropped; a UK number starting 07 becomes +447…. */
export function normaliseMobile(text: string): string {
  const compact = text.replace(/[\s\-().]/g, '')
  if (/^07\d{9}$/.test(compact)) return `+44${compact.slice(1)}`
  if (compact.startsWith('00')) return `+${compact.slice(2)}`
  return compact
}

export const reminderPreferencesSchema = z
  .object({
    email: z.boolean(),
    sms: z.boolean(),
    mobile: z
      .string()
      .max(40, REMINDER_PROBLEMS.mobileLong)
      .transform(normaliseMobile)
      .refine((value) => value === '' || MOBILE_PATTERN.test(value), REMINDER_PROBLEMS.mobileFormat),
    quietHoursStart: timeOfDay,
    quietHoursEnd: timeOfDay,
    wakeTime: timeOfDay,
  })
  .refine((value) => !value.sms || value.mobile !== '', {
    path: ['mobile'],
    message: REMINDER_PROBLEMS.mobileMissing,
  })

export type ReminderPreferencesInput = z.input<typeof reminderPreferencesSchema>
export type ReminderPreferences = z.output<typeof reminderPreferencesSchema>

export const DEFAULT_REMINDER_PREFERENCES: ReminderPreferences = {
  email: true,
  sms: false,
  mobile: '',
  quietHoursStart: DEFAULT_REMINDER_TIMING.quietHours.start,
  quietHoursEnd: DEFAULT_REMINDER_TIMING.quietHours.end,
  wakeTime: DEFAULT_REMINDER_TIMING.wakeTime,
}

/** A Web Push subscription as a browser's `PushSubscription.toJSON()` gives it. */
export const pushSubscriptionSchema = z.object({
  endpoint: z.string().url('The push address is not a web address.').max(1000, 'The push address is too long.'),
  keys: z.object({
    // A P-256 public key (65 bytes) and a 16-byte secret, base64url.
    p256dh: z.string().regex(/^[A-Za-z0-9_-]{86,88}={0,2}$/, 'The push key is not a P-256 public key.'),
    auth: z.string().regex(/^[A-Za-z0-9_-]{22,24}={0,2}$/, 'The push secret is not 16 bytes.'),
  }),
})

export type PushSubscriptionInput = z.output<typeof pushSubscriptionSchema>

export const pushUnsubscribeSchema = z.object({ endpoint: z.string().max(1000) })
