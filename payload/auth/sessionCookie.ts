import { createHash } from 'node:crypto'

import { decode, type JWT } from 'next-auth/jwt'

import { createExpiringCache } from '@/lib/sessions/expiringCache'
import { serverUrl } from '../env'

/** next-auth's cookie name: the `__Secure-` prefix applies when the site is served over https. */
export function sessionCookieName(): string {
  return serverUrl().startsWith('https://') ? '__Secure-next-auth.session-token' : 'next-auth.session-token'
}

function readCookie(cookieHeader: string | null, name: string): string | null {
  if (!cookieHeader) return null
  for (const part of cookieHeader.split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return decodeURIComponent(rest.join('='))
  }
  return null
}

export type PortalToken = JWT & { sid?: string; patientId?: number }

/**
 * Decrypting the cookie (next-auth's HKDF key derivation and JWE) was the largest cost of an autosave
 * left in the server's own code (README "Benchmarks"), and a patient's page sends the same cookie
 * again and again. So a cookie that decrypted is remembered for a minute (never past the token's own
 * expiry), by a hash of its value; forged or expired cookies are never remembered. Whether the session
 * is still live is not cached: every request asks the database.
 */
const TOKEN_CACHE_MS = 60_000
const decrypted = createExpiringCache<PortalToken>({ maxEntries: 5_000 })

function cacheKey(raw: string, secret: string): string {
  return createHash('sha256').update(secret).update('\0').update(raw).digest('base64')
}

async function decodeOnce(raw: string, secret: string): Promise<PortalToken | null> {
  const key = cacheKey(raw, secret)
  const known = decrypted.get(key)
  if (known) return known
  const token = ((await decode({ token: raw, secret })) as PortalToken | null) ?? null
  if (token) decrypted.set(key, token, Math.min(Date.now() + TOKEN_CACHE_MS, typeof token.exp === 'number' ? token.exp * 1000 : Infinity))
  return token
}

/** The decrypted next-auth token of this request, or null when absent or forged. */
export async function readPortalToken(headers: { get(name: string): string | null }): Promise<PortalToken | null> {
  const raw = readCookie(headers.get('cookie'), sessionCookieName())
  const secret = process.env.NEXTAUTH_SECRET
  if (!raw || !secret) return null
  try {
    return await decodeOnce(raw, secret)
  } catch {
    return null
  }
}
