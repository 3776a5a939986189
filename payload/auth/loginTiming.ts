import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import type { CollectionBeforeOperationHook } from 'payload'

const pbkdf2Async = promisify(pbkdf2)

/** Payload 3.90's password hash (`generatePasswordSaltHash`): PBKDF2-SHA256, 600,000 rounds, 32 bytes. */
const PASSWORD_HASH = { iterations: 600_000, keyLength: 32, digest: 'sha256' } as const

/** The work of checking a password against a stored hash, spent on nothing. */
async function spendOnePasswordCheck(password: string): Promise<void> {
  await pbkdf2Async(password, randomBytes(32).toString('hex'), PASSWORD_HASH.iterations, PASSWORD_HASH.keyLength, PASSWORD_HASH.digest)
}

function isLocked(lockUntil: unknown): boolean {
  return typeof lockUntil === 'string' && new Date(lockUntil).getTime() > Date.now()
}

/**
 * Payload answers a sign-in for an unknown or locked account before hashing the password, so those
 * answers came back some 200 ms sooner than a wrong password and told which emails have accounts.
 * For them this hook spends the same hash first; the error Payload then throws is unchanged.
 */
export const sameTimeForEveryFailedLogin: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const account = email
    ? await req.payload.db.findOne<{ id: number; lockUntil?: string | null }>({ collection: collection.slug, req, where: { email: { equals: email } } })
    : null
  if (!account || isLocked(account.lockUntil)) await spendOnePasswordCheck(String(data?.password ?? ''))
  return args
}
