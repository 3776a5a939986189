import type { Payload } from 'payload'

import { APP_URL } from './http'
import { uniqueSuffix } from './payload'

export const TEST_PATIENT_PASSWORD = 'correct horse battery staple 42'

function cookiesFrom(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0])
}

export type SignInResult = { ok: boolean; error: string | null; cookie: string }

/**
 * Signs in through next-auth's credentials callback exactly as the portal's form does (with `code` on
 * its second submit), at the test server or at `baseUrl` (another instance).
 */
export async function signInPatient(
  email: string,
  password: string,
  { ip, code, baseUrl = APP_URL }: { ip?: string; code?: string; baseUrl?: string } = {},
): Promise<SignInResult> {
  const spoofedIp: Record<string, string> = ip ? { 'X-Forwarded-For': ip } : {}
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`, { headers: spoofedIp })
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string }
  const csrfCookies = cookiesFrom(csrfResponse)
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: csrfCookies.join('; '), ...spoofedIp },
    body: new URLSearchParams({ csrfToken, email, password, ...(code === undefined ? {} : { code }), json: 'true', callbackUrl: `${baseUrl}/portal` }),
  })
  const location = response.headers.get('location') ?? ((await response.json().catch(() => ({}))) as { url?: string }).url ?? ''
  const error = new URL(location, baseUrl).searchParams.get('error')
  const session = cookiesFrom(response).find((cookie) => cookie.startsWith('next-auth.session-token='))
  return { ok: Boolean(session) && !error, error, cookie: session ?? '' }
}

export type TestPatient = { id: number; email: string; fullName: string; appointmentId: number }

/** A patient with a password and one upcoming appointment, made through the Local API. */
export async function createTestPatient(payload: Payload, name = 'Test Patient'): Promise<TestPatient> {
  const email = `patient-${uniqueSuffix()}@example.com`
  const patient = await payload.create({
    collection: 'patients',
    data: { email, fullName: name, dateOfBirth: '1970-01-01', password: TEST_PATIENT_PASSWORD },
  })
  const procedure = (await payload.find({ collection: 'procedures', where: { slug: { equals: 'medial-branch-block' } }, limit: 1 })).docs[0]
  const appointment = await payload.create({
    collection: 'appointments',
    data: {
      patient: patient.id,
      procedure: procedure.id,
      scheduledAt: new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString(),
      side: 'left',
      levels: 'L4-L5',
      blockNumber: 1,
      agent: 'lidocaine',
      status: 'scheduled',
    },
  })
  return { id: patient.id, email, fullName: name, appointmentId: appointment.id }
}
