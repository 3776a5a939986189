import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import webpush from 'web-push'

import { newTotpSecret } from '@/lib/second-factor/totp'

export const PROJECT_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
const ENV_FILE = path.join(PROJECT_ROOT, '.env')

/** Secrets a local run needs; each is generated once and kept in the ignored `.env`. */
const GENERATED_SECRETS = [
  'PAYLOAD_SECRET',
  'NEXTAUTH_SECRET',
  'EMBEDDED_POSTGRES_PASSWORD',
  'DATABASE_OWNER_PASSWORD',
  'DATABASE_APP_PASSWORD',
  'DEMO_PASSWORD',
  'DEMO_TOTP_SECRET',
] as const

function parseEnvFile(text: string): Record<string, string> {
  const entries: Record<string, string> = {}
  for (const line of text.split('\n')) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line)
    if (match) entries[match[1]] = match[2].replace(/^"(.*)"$/, '$1')
  }
  return entries
}

export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('hex')
}

/** A readable demo password that still passes the 12-character rule. */
function demoPassword(): string {
  return `demo-${randomBytes(6).toString('hex')}`
}

/** How each generated secret is made: the demo staff's authenticator secret is Base32, as apps read it. */
function generate(name: (typeof GENERATED_SECRETS)[number]): string {
  if (name === 'DEMO_PASSWORD') return demoPassword()
  if (name === 'DEMO_TOTP_SECRET') return newTotpSecret()
  return randomSecret()
}

/** Web Push needs a key pair (made together) and a contact for the push services; see payload/reminders/vapid.ts. */
const VAPID_NAMES = ['VAPID_PUBLIC_KEY', 'VAPID_PRIVATE_KEY', 'VAPID_SUBJECT'] as const

function generateVapid(): Record<(typeof VAPID_NAMES)[number], string> {
  const { publicKey, privateKey } = webpush.generateVAPIDKeys()
  return { VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey, VAPID_SUBJECT: 'mailto:no-reply@harbourspine.example' }
}

/** The VAPID settings to add: all three when the key pair is incomplete, else none (an own subject is kept). */
function missingVapid(present: (name: string) => boolean): Record<string, string> {
  if (present('VAPID_PUBLIC_KEY') && present('VAPID_PRIVATE_KEY')) {
    return present('VAPID_SUBJECT') ? {} : { VAPID_SUBJECT: generateVapid().VAPID_SUBJECT }
  }
  return generateVapid()
}

/**
 * Loads `.env` into process.env (the real environment wins) and, for a local run, generates any
 * missing secret into it first. Never used in production, where secrets come from the environment.
 */
export function loadLocalEnv(): void {
  const existing = existsSync(ENV_FILE) ? parseEnvFile(readFileSync(ENV_FILE, 'utf8')) : {}
  const missing = GENERATED_SECRETS.filter((name) => !existing[name] && !process.env[name])
  const vapid = missingVapid((name) => Boolean(existing[name] || process.env[name]))
  if (missing.length > 0 || Object.keys(vapid).length > 0) {
    for (const name of missing) existing[name] = generate(name)
    Object.assign(existing, vapid)
    const body = Object.entries(existing)
      .map(([key, value]) => `${key}=${value}`)
      .join('\n')
    writeFileSync(ENV_FILE, `# Generated on first start for local use only. Never commit.\n${body}\n`, { mode: 0o600 })
  }
  for (const [key, value] of Object.entries(existing)) process.env[key] ??= value
}

/** Throwaway secrets for a test run: nothing is written to disk. */
export function useEphemeralSecrets(): void {
  for (const name of GENERATED_SECRETS) process.env[name] ??= generate(name)
  Object.assign(process.env, missingVapid((name) => Boolean(process.env[name])))
}
