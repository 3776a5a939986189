import { decode, type JWT } from 'next-auth/jwt'

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

/** The decrypted next-auth token of this request, or null when absent or forged. */
export async function readPortalToken(headers: { get(name: string): string | null }): Promise<PortalToken | null> {
  const raw = readCookie(headers.get('cookie'), sessionCookieName())
  const secret = process.env.NEXTAUTH_SECRET
  if (!raw || !secret) return null
  try {
    return ((await decode({ token: raw, secret })) as PortalToken | null) ?? null
  } catch {
    return null
  }
}
