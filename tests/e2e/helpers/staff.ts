import { expect, test, type APIRequestContext, type APIResponse, type Page } from '@playwright/test'

import { offerCodesUntilAccepted } from '../../helpers/secondStepCodes'

export const DEMO_STAFF_EMAIL = {
  admin: 'admin@harbourspine.example',
  editor: 'editor@harbourspine.example',
  specialist: 'specialist@harbourspine.example',
} as const

/** On the second-step page: types codes until one is accepted (a code works once per account). */
export async function enterSecondStepCode(page: Page, secret = process.env.DEMO_TOTP_SECRET as string): Promise<void> {
  await expect(page).toHaveURL(/\/admin\/second-factor/)
  await offerCodesUntilAccepted(secret, async (code) => {
    await page.getByLabel('6-digit code').fill(code)
    const answer = page.waitForResponse((response) => response.url().endsWith('/api/users/second-factor/verify'))
    await page.getByRole('button', { name: 'Continue' }).click()
    const response = await answer
    if (!response.ok()) {
      expect(((await response.json()) as { reason?: string }).reason, 'second step').toBe('code-already-used')
      return 'already-used'
    }
    await page.waitForURL((url) => !url.pathname.startsWith('/admin/second-factor'))
    return 'accepted'
  })
}

/** Signs in to /admin through the real login form, then the second step with the demo staff's authenticator code. */
export async function signInToAdmin(page: Page, role: keyof typeof DEMO_STAFF_EMAIL): Promise<void> {
  test.slow() // the second step may wait for a fresh 30-second code
  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill(DEMO_STAFF_EMAIL[role])
  await page.getByLabel(/password/i).fill(process.env.DEMO_PASSWORD as string)
  await page.getByRole('button', { name: /log ?in/i }).click()
  await enterSecondStepCode(page)
  await expect(page).toHaveURL(/\/admin\/?$/)
}

/**
 * The second step through the REST API, as the second-step page sends it. Answers false when the
 * half-signed-in session was voided meanwhile (another sign-in of the same account, a test in parallel).
 */
export function passSecondStepOverApi(request: APIRequestContext, token: string, secret = process.env.DEMO_TOTP_SECRET as string): Promise<boolean> {
  return offerCodesUntilAccepted(secret, async (code) => {
    const response = await request.post('/api/users/second-factor/verify', { data: { code }, headers: { Authorization: `JWT ${token}` } })
    if (response.ok()) return 'accepted'
    const body = (await response.json().catch(() => ({}))) as { reason?: string }
    // No reason: the session itself was refused (a parallel sign-in of the same account voided it).
    if (response.status() === 401 || body.reason === undefined) return 'stop'
    expect(body.reason, `second step (${response.status()})`).toBe('code-already-used')
    return 'already-used'
  })
}

export type StaffApi = {
  get: (path: string) => Promise<APIResponse>
  post: (path: string, data: unknown) => Promise<APIResponse>
  patch: (path: string, data: unknown) => Promise<APIResponse>
}

/** Tokens of this Playwright worker's staff sessions, one per role: each test signing in anew wears out the one-time codes. */
const workerTokens = new Map<keyof typeof DEMO_STAFF_EMAIL, string>()

/**
 * The REST API as a demo staff member, the way the admin UI calls it. Payload keeps each staff session
 * on the user's record, and two sign-ins of the same account at the same moment (tests running in
 * parallel) can void one of them: a call refused with 401 or 403 signs in again and is tried again.
 */
export async function staffApi(request: APIRequestContext, role: keyof typeof DEMO_STAFF_EMAIL = 'admin'): Promise<StaffApi> {
  const signIn = async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const response = await request.post('/api/users/login', { data: { email: DEMO_STAFF_EMAIL[role], password: process.env.DEMO_PASSWORD } })
      expect(response.status(), `sign-in as ${role}`).toBe(200)
      const token = ((await response.json()) as { token: string }).token
      if (await passSecondStepOverApi(request, token)) {
        workerTokens.set(role, token)
        return token
      }
    }
    throw new Error(`Second step: the ${role}'s session was voided three times`)
  }
  let token = workerTokens.get(role) ?? (await signIn())
  const call = async (method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown) => {
    for (let attempt = 1; ; attempt++) {
      const response = await request.fetch(path, { method, data, headers: { Authorization: `JWT ${token}` } })
      if (![401, 403].includes(response.status()) || attempt === 3) return response
      token = await signIn()
    }
  }
  return { get: (path) => call('GET', path), post: (path, data) => call('POST', path, data), patch: (path, data) => call('PATCH', path, data) }
}

const createdId = async (response: APIResponse) => {
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

/** A patient with a password, created by staff through the REST API; returns the id. */
export async function createPatient(
  staff: StaffApi,
  patient: { email: string; fullName: string; password: string; dateOfBirth?: string; clinicNumber?: string; language?: 'en' | 'es' },
): Promise<number> {
  return createdId(await staff.post('/api/patients', { dateOfBirth: '1971-03-03', ...patient }))
}

type Booking = { scheduledAt: Date; blockNumber?: number; agent?: 'lidocaine' | 'bupivacaine' | 'other'; side?: string; levels?: string; status?: string }

/** A medial branch block appointment for the patient, booked by staff through the REST API; returns the id. */
export async function bookBlock(staff: StaffApi, patientId: number, booking: Booking): Promise<number> {
  const procedures = await (await staff.get('/api/procedures?where[slug][equals]=medial-branch-block&depth=0')).json()
  const { scheduledAt, ...rest } = booking
  return createdId(
    await staff.post('/api/appointments', {
      patient: patientId,
      procedure: procedures.docs[0].id,
      scheduledAt: scheduledAt.toISOString(),
      side: 'both',
      levels: 'L4-L5',
      blockNumber: 1,
      agent: 'lidocaine',
      status: 'scheduled',
      ...rest,
    }),
  )
}
