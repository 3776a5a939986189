import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { SmsMessage, SmsTransport } from './transport'

/** Where development and tests "send" text messages: SMS_OUTBOX_DIR, default .data/outbox-sms. */
export function smsOutboxDir(): string {
  return path.resolve(process.cwd(), process.env.SMS_OUTBOX_DIR ?? '.data/outbox-sms')
}

/** Writes each message as JSON into the SMS outbox, as the email outbox does for mail: nothing leaves the machine. */
export const outboxSmsTransport: SmsTransport = {
  name: 'outbox',
  async send({ to, text }: SmsMessage) {
    const dir = smsOutboxDir()
    mkdirSync(dir, { recursive: true })
    const id = `${Date.now()}-${Math.random().toString(36).slice(2, 10)}`
    writeFileSync(path.join(dir, `${id}.json`), JSON.stringify({ id, to, text, sentAt: new Date().toISOString() }, null, 2))
  },
}
