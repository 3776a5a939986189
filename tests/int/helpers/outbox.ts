import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

export type OutboxMail = { to: string; subject: string; text: string; html: string; sentAt: string }

/** Mail the server "sent" during the test run (the file outbox; nothing leaves the machine). */
export function mailTo(address: string): OutboxMail[] {
  const dir = process.env.EMAIL_OUTBOX_DIR as string
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as OutboxMail)
    .filter((mail) => String(mail.to).includes(address))
}

export function linkIn(mail: OutboxMail): string {
  const match = /https?:\/\/\S+\/portal\/(activate|reset-password)\?token=[^\s"<]+/.exec(mail.text)
  if (!match) throw new Error(`No portal link in: ${mail.text}`)
  return match[0]
}
