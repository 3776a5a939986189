import type { SmsMessage, SmsTransport } from './transport'

const TIMEOUT_MS = 10_000

export type TwilioSettings = { accountSid: string; authToken: string; from: string }

/** Twilio's settings from the environment (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM), or null when not all are set. */
export function twilioSettings(): TwilioSettings | null {
  const accountSid = process.env.TWILIO_ACCOUNT_SID ?? ''
  const authToken = process.env.TWILIO_AUTH_TOKEN ?? ''
  const from = process.env.TWILIO_FROM ?? ''
  return accountSid && authToken && from ? { accountSid, authToken, from } : null
}

/**
 * Twilio's Messages API over HTTPS (no SDK): one POST per message. `from` is a Twilio number
 * (+44…) or a Messaging Service SID (MG…). Any answer but 2xx is an error, with Twilio's own message.
 */
export function twilioSmsTransport(settings: TwilioSettings, apiBase = 'https://api.twilio.com'): SmsTransport {
  const url = `${apiBase}/2010-04-01/Accounts/${encodeURIComponent(settings.accountSid)}/Messages.json`
  const authorization = `Basic ${Buffer.from(`${settings.accountSid}:${settings.authToken}`).toString('base64')}`
  return {
    name: 'twilio',
    async send({ to, text }: SmsMessage) {
      const sender: Record<string, string> = settings.from.startsWith('MG') ? { MessagingServiceSid: settings.from } : { From: settings.from }
      const response = await fetch(url, {
        method: 'POST',
        headers: { Authorization: authorization, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ To: to, Body: text, ...sender }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      })
      if (!response.ok) {
        const detail = (await response.json().catch(() => null)) as { message?: string; code?: number } | null
        throw new Error(`Twilio refused the text message (${response.status}${detail?.code ? `, code ${detail.code}` : ''}): ${detail?.message ?? response.statusText}`)
      }
    },
  }
}
