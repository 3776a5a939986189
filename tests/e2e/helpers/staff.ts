import { expect, type APIRequestContext, type APIResponse, type Page } from '@playwright/test'

export const DEMO_STAFF_EMAIL = {
  admin: 'admin@harbourspine.example',
  editor: 'editor@harbourspine.example',
  specialist: 'specialist@harbourspine.example',
} as const

/** Signs in to /admin through the real login form. */
export async function signInToAdmin(page: Page, role: keyof typeof DEMO_STAFF_EMAIL): Promise<void> {
  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill(DEMO_STAFF_EMAIL[role])
  await page.getByLabel(/password/i).fill(process.env.DEMO_PASSWORD as string)
  await page.getByRole('button', { name: /log ?in/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

export type StaffApi = {
  get: (path: string) => Promise<APIResponse>
  post: (path: string, data: unknown) => Promise<APIResponse>
}

/**
 * The REST API as a demo staff member, the way the admin UI calls it. Payload keeps each staff session
 * on the user's record, and two sign-ins of the same account at the same moment (tests running in
 * parallel) can void one of them: a call refused with 401 or 403 signs in again and is tried again.
 */
export async function staffApi(request: APIRequestContext, role: keyof typeof DEMO_STAFF_EMAIL = 'admin'): Promise<StaffApi> {
  const signIn = async () => {
    const response = await request.post('/api/users/login', { data: { email: DEMO_STAFF_EMAIL[role], password: process.env.DEMO_PASSWORD } })
    expect(response.status(), `sign-in as ${role}`).toBe(200)
    return ((await response.json()) as { token: string }).token
  }
  let token = await signIn()
  const call = async (method: 'GET' | 'POST', path: string, data?: unknown) => {
    for (let attempt = 1; ; attempt++) {
      const response = await request.fetch(path, { method, data, headers: { Authorization: `JWT ${token}` } })
      if (![401, 403].includes(response.status()) || attempt === 3) return response
      token = await signIn()
    }
  }
  return { get: (path) => call('GET', path), post: (path, data) => call('POST', path, data) }
}

const createdId = async (response: APIResponse) => {
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

/** A patient with a password, created by staff through the REST API; returns the id. */
export async function createPatient(staff: StaffApi, patient: { email: string; fullName: string; password: string; dateOfBirth?: string }): Promise<number> {
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
