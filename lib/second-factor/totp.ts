import { generate, generateSecret, generateURI, verify } from 'otplib'
import { z } from 'zod'

import { SIGN_IN_CODE_PROBLEMS } from './problems'

/** RFC 6238 as every authenticator app expects it: SHA-1, 6 digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30
/** A code from one step before or after the server's clock is still accepted (phone clocks drift). */
const DRIFT_SECONDS = TOTP_PERIOD_SECONDS

export const TOTP_ISSUER = 'Harbour Spine Clinic'

/** Six digits; spaces and dashes that apps show for readability are dropped. */
export const totpCodeSchema = z
  .string({ error: SIGN_IN_CODE_PROBLEMS.appCode })
  .transform((value) => value.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, SIGN_IN_CODE_PROBLEMS.appCode))

/** A new random secret (160 bits), Base32 as authenticator apps read it. */
export function newTotpSecret(): string {
  return generateSecret()
}

/** The otpauth:// address a QR code carries. */
export function otpauthUri(secret: string, accountName: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: accountName, secret, period: TOTP_PERIOD_SECONDS })
}

/** The secret grouped in fours, easier to type into an app by hand. */
export function groupedSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret
}

export type TotpCheck = { outcome: 'accepted'; step: number } | { outcome: 'wrong' } | { outcome: 'already-used' }

/**
 * Checks a code against the secret at `now`. `lastStep` is the time step of the last code this account
 * used: a code from that step or an earlier one is refused as already used (RFC 6238 section 5.2).
 */
export async function checkTotpCode(input: { secret: string; code: string; lastStep: number | null; now?: Date }): Promise<TotpCheck> {
  const parsed = totpCodeSchema.safeParse(input.code)
  if (!parsed.success) return { outcome: 'wrong' }
  const epoch = Math.floor((input.now ?? new Date()).getTime() / 1000)
  const result = await verify({ secret: input.secret, token: parsed.data, epoch, epochTolerance: DRIFT_SECONDS })
  if (!result.valid || !('timeStep' in result)) return { outcome: 'wrong' }
  if (input.lastStep != null && result.timeStep <= input.lastStep) return { outcome: 'already-used' }
  return { outcome: 'accepted', step: result.timeStep }
}

/** The code an authenticator app shows at `at` (tests and scripts sign in with it). */
export function totpCodeAt(secret: string, at: Date = new Date()): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000) })
}

/** The time step a moment falls in. */
export function totpStepAt(at: Date): number {
  return Math.floor(at.getTime() / 1000 / TOTP_PERIOD_SECONDS)
}
