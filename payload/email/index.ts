import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

const FROM_ADDRESS = process.env.EMAIL_FROM ?? 'no-reply@harbourspine.example'
const FROM_NAME = process.env.EMAIL_FROM_NAME ?? 'Harbour Spine Clinic'

export function outboxDir(): string {
  return path.resolve(process.cwd(), process.env.EMAIL_OUTBOX_DIR ?? '.data/outbox')
}

type OutgoingMessage = { to?: unknown; subject?: unknown; text?: unknown; html?: unknown }

/**
 * Development and tests never send real mail: each message is written as JSON into the outbox
 * folder (EMAIL_OUTBOX_DIR, default .data/outbox), where a developer or a test can open it.
 * The Payload adapter only ever calls `sendMail`.
 */
const fileOutboxTransport = {
  async sendMail({ to, subject, text, html }: OutgoingMessage) {
    const dir = outboxDir()
    mkdirSync(dir, { recursive: true })
    const id = `${Date.now()}-${Math.random().toString(36).slice(2, 10)}`
    writeFileSync(path.join(dir, `${id}.json`), JSON.stringify({ id, to, subject, text, html, sentAt: new Date().toISOString() }, null, 2))
    return { messageId: id }
  },
}

/** SMTP when SMTP_URL is set (production); the file outbox otherwise. */
export function emailAdapter() {
  const smtpUrl = process.env.SMTP_URL
  return nodemailerAdapter({
    defaultFromAddress: FROM_ADDRESS,
    defaultFromName: FROM_NAME,
    skipVerify: !smtpUrl,
    ...(smtpUrl
      ? { transportOptions: smtpUrl as never }
      : { transport: fileOutboxTransport as unknown as NonNullable<Parameters<typeof nodemailerAdapter>[0]>['transport'] }),
  })
}
