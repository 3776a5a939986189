/**
 * Text messages for reminders. Twilio when TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM are
 * set; otherwise, outside production, the file outbox. In production without Twilio there is no SMS:
 * the portal does not offer it. Another provider is one more `SmsTransport`.
 */
import { outboxSmsTransport } from './outbox'
import type { SmsTransport } from './transport'
import { twilioSettings, twilioSmsTransport } from './twilio'

export type { SmsMessage, SmsTransport } from './transport'
export { outboxSmsTransport, smsOutboxDir } from './outbox'
export { twilioSettings, twilioSmsTransport } from './twilio'

export function smsTransport(): SmsTransport | null {
  const twilio = twilioSettings()
  if (twilio) return twilioSmsTransport(twilio)
  return process.env.NODE_ENV === 'production' && !process.env.SMS_OUTBOX_DIR ? null : outboxSmsTransport
}
