import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { TOTP_PERIOD_SECONDS, totpCodeAt } from '@/lib/second-factor'
import { enrolledFactorData } from '@/payload/auth/secondFactor'
import { passSecondStep, request, signInStaff, signInWithPassword } from './helpers/http'
import { getTestPayload, uniqueSuffix } from './helpers/payload'

const PASSWORD = 'a staff password 4 tests'
let payload: Payload
let pool: { query: (sql: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

beforeAll(async () => {
  payload = await getTestPayload()
  pool = (payload.db as unknown as { pool: typeof pool }).pool
})

/** A new staff account; enrolled in advance with `secret` when given, else it enrols at first sign-in. */
async function createStaff(role: 'admin' | 'editor' | 'specialist', secret?: string) {
  const email = `staff-${uniqueSuffix()}@harbourspine.example`
  const factor = secret ? enrolledFactorData(payload, secret) : {}
  const user = await payload.create({ collection: 'users', data: { email, name: 'Test Staff', role, password: PASSWORD, ...factor } })
  return { id: user.id, email }
}

const post = (path: string, token: string, body?: unknown) => request(path, { method: 'POST', token, body })
const verify = (token: string, body: unknown) => post('/api/users/second-factor/verify', token, body)
const nextStepCode = (secret: string) => totpCodeAt(secret, new Date(Date.now() + TOTP_PERIOD_SECONDS * 1000))

async function auditTrail(userId: number, action: string) {
  const { docs } = await payload.find({
    collection: 'audit-events',
    where: { action: { equals: action }, actorId: { equals: String(userId) } },
    sort: 'createdAt',
    limit: 100,
  })
  return docs.map((event) => `${event.outcome}: ${event.detail}`)
}

/** Where a page sends the browser: a redirect status, or the redirect Next streams once the page has started. */
function redirectTarget(response: { headers: Headers; text: string }): string | null {
  const location = response.headers.get('location')
  if (location) return location
  const streamed = /NEXT_REDIRECT;(?:replace|push);([^;]+);/.exec(response.text)
  return streamed ? streamed[1] : null
}

/** Enrols the account through the API with its password-only token; returns the secret and recovery codes. */
async function enrol(token: string) {
  const started = await post('/api/users/second-factor/enrolment', token)
  expect(started.status).toBe(200)
  const secret = started.json.secret as string
  const confirmed = await post('/api/users/second-factor/enrolment/confirm', token, { code: await totpCodeAt(secret) })
  expect(confirmed.status, confirmed.text).toBe(200)
  return { secret, recoveryCodes: confirmed.json.recoveryCodes as string[] }
}

describe('a password-only staff session', () => {
  it('reads and writes nothing, through the REST API, the admin or the clinic workspace', async () => {
    const token = await signInWithPassword('specialist@harbourspine.example')
    // As a browser sends it: Payload takes a cookie only with the browser's Sec-Fetch-Site (CSRF rule).
    const browser = { Cookie: `payload-token=${token}`, 'Sec-Fetch-Site': 'same-origin' }
    for (const path of ['/api/patients', '/api/appointments', '/api/diaries', '/api/consents', '/api/users']) {
      expect((await request(path, { token })).status, path).toBe(403)
      expect((await request(path, { headers: browser })).status, path).toBe(403)
    }
    expect((await request('/api/users/me', { token })).json.user).toBeNull()
    expect((await post('/api/users/refresh-token', token)).status).not.toBe(200)
    expect((await post('/api/procedures', token, { title: 'Sneaky', slug: `sneaky-${uniqueSuffix()}` })).status).toBe(403)
    const clinic = await request('/clinic', { headers: browser })
    expect(clinic.headers.get('location')).toContain('/admin/login')
    // The admin streams its answer: the redirect to the sign-in page is in the page's payload.
    expect(redirectTarget(await request('/admin', { headers: browser }))).toContain('/admin/login')

    await passSecondStep(token)
    expect((await request('/api/patients', { token })).status).toBe(200)
    expect((await request('/api/users/me', { token })).json.user.email).toBe('specialist@harbourspine.example')
    expect((await request('/clinic', { headers: browser })).status).toBe(200)
  })

  it('cannot reach the second-factor endpoints without the password step', async () => {
    expect((await request('/api/users/second-factor')).status).toBe(401)
    expect((await request('/api/users/second-factor/verify', { method: 'POST', body: { code: '123456' } })).status).toBe(401)
  })
})

describe('enrolment at first sign-in', () => {
  it('shows the secret once, confirms it with a first code and issues ten recovery codes', async () => {
    const staff = await createStaff('specialist')
    const token = await signInWithPassword(staff.email, PASSWORD)
    expect((await request('/api/users/second-factor', { token })).json.status).toBe('enrol')

    const started = await post('/api/users/second-factor/enrolment', token)
    const secret = started.json.secret as string
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(started.json.otpauthUri).toContain(`secret=${secret}`)
    // Asking again (a reload of the page) shows the same secret until it is confirmed.
    expect((await post('/api/users/second-factor/enrolment', token)).json.secret).toBe(secret)

    const wrong = await post('/api/users/second-factor/enrolment/confirm', token, { code: '000000' })
    expect(wrong.status).toBe(400)
    expect(wrong.json.message).toBe('That code is not right. Enter the 6-digit code your authenticator app shows now.')
    expect((await post('/api/users/second-factor/enrolment/confirm', token, { code: 'abc' })).json.message).toBe(
      'Enter the 6-digit code from your authenticator app.',
    )
    expect((await request('/api/patients', { token })).status).toBe(403)

    const confirmed = await post('/api/users/second-factor/enrolment/confirm', token, { code: await totpCodeAt(secret) })
    expect(confirmed.status).toBe(200)
    const codes = confirmed.json.recoveryCodes as string[]
    expect(codes).toHaveLength(10)
    expect(new Set(codes).size).toBe(10)
    expect((await request('/api/patients', { token })).status).toBe(200)

    // Never again: not from the enrolment endpoint, not in any response about the account.
    expect((await post('/api/users/second-factor/enrolment', token)).status).toBe(409)
    const admin = await signInStaff('admin')
    for (const response of [await request('/api/users/me', { token }), await request(`/api/users/${staff.id}`, { token: admin }), await request('/api/users?limit=100', { token: admin })]) {
      expect(response.status).toBe(200)
      expect(response.text).not.toContain(secret)
      expect(response.text).not.toContain('secondFactor"')
    }
    expect((await request('/api/second-factor-sessions', { token: admin })).status).toBe(403)

    // At rest: the secret is sealed and the recovery codes are hashes.
    const { rows } = await pool.query('SELECT second_factor_secret AS secret, second_factor_recovery_codes AS codes FROM users WHERE id = $1', [staff.id])
    expect(String(rows[0].secret)).toMatch(/^v1\./)
    expect(String(rows[0].secret)).not.toContain(secret)
    expect(JSON.stringify(rows[0].codes)).not.toContain(codes[0])
    expect(rows[0].codes as string[]).toHaveLength(10)

    expect(await auditTrail(staff.id, 'second-factor-enrolment')).toEqual([
      'failure: wrong code',
      'success: authenticator app enrolled, 10 recovery codes issued',
    ])
  })
})

describe('the second step of a later sign-in', () => {
  it('accepts a code once: the same code is refused on another sign-in, a wrong one with a clear message', async () => {
    const staff = await createStaff('editor')
    const { secret } = await enrol(await signInWithPassword(staff.email, PASSWORD))

    const first = await signInWithPassword(staff.email, PASSWORD)
    expect((await request('/api/users/second-factor', { token: first })).json.status).toBe('verify')
    const wrong = await verify(first, { code: '000000' })
    expect([wrong.status, wrong.json.reason, wrong.json.message]).toEqual([400, 'wrong-code', 'That code is not right. Enter the 6-digit code your authenticator app shows now.'])
    const code = await nextStepCode(secret)
    expect((await verify(first, { code })).status).toBe(200)
    expect((await request('/api/pages?limit=1', { token: first })).status).toBe(200)

    const second = await signInWithPassword(staff.email, PASSWORD)
    const replayed = await verify(second, { code })
    expect([replayed.status, replayed.json.reason, replayed.json.message]).toEqual([400, 'code-already-used', 'That code has already been used. Wait for the next code in your authenticator app.'])
    expect((await request('/api/users/me', { token: second })).json.user).toBeNull()

    expect((await verify(second, {})).status).toBe(400)
    expect((await verify(second, { code: '123456', recoveryCode: '7kq2-mz9c-04rd' })).status).toBe(400)
    expect((await request('/api/users/second-factor/verify', { method: 'POST', token: second, body: 'code=123456', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })).status).toBe(415)

    expect(await auditTrail(staff.id, 'second-factor-check')).toEqual(['failure: wrong code', 'success: authenticator code', 'failure: code already used'])
  })

  it('accepts each recovery code exactly once', async () => {
    const staff = await createStaff('specialist')
    const { recoveryCodes } = await enrol(await signInWithPassword(staff.email, PASSWORD))

    const first = await signInWithPassword(staff.email, PASSWORD)
    const used = await verify(first, { recoveryCode: recoveryCodes[3] })
    expect([used.status, used.json.recoveryCodesLeft]).toEqual([200, 9])
    expect((await request('/api/patients', { token: first })).status).toBe(200)

    const second = await signInWithPassword(staff.email, PASSWORD)
    const again = await verify(second, { recoveryCode: recoveryCodes[3] })
    expect([again.status, again.json.message]).toEqual([400, 'That recovery code is not right, or it has already been used.'])
    expect((await request('/api/patients', { token: second })).status).toBe(403)
    // Case and spacing do not matter.
    const other = await verify(second, { recoveryCode: ` ${recoveryCodes[4].toUpperCase().replace(/-/g, ' ')} ` })
    expect([other.status, other.json.recoveryCodesLeft]).toEqual([200, 8])

    expect(await auditTrail(staff.id, 'second-factor-check')).toEqual([
      'success: recovery code used, 9 left',
      'failure: wrong recovery code',
      'success: recovery code used, 8 left',
    ])
  })

  it('refuses every code for 15 minutes after 5 wrong ones, even the right one, and audits it', async () => {
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
    const staff = await createStaff('specialist', secret)
    const token = await signInWithPassword(staff.email, PASSWORD)
    const right = await totpCodeAt(secret)
    const wrongCode = right === '111111' ? '222222' : '111111'
    for (let attempt = 0; attempt < 5; attempt++) expect((await verify(token, { code: wrongCode })).status).toBe(400)
    const blocked = await verify(token, { code: right })
    expect(blocked.status).toBe(429)
    expect(blocked.json.message).toBe('Too many wrong codes. Wait 15 minutes, then try again, or ask an admin to reset your second factor.')
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(800)
    expect((await request('/api/patients', { token })).status).toBe(403)
    expect((await auditTrail(staff.id, 'second-factor-check')).slice(-1)).toEqual(['denied: too many wrong codes'])
  })
})

describe('an admin resetting a colleague’s second factor', () => {
  it('is for admins only, ends the colleague’s sessions and makes them enrol again', async () => {
    const secret = 'KRUGS4ZANFZSAYJAORSXG5BAONSWG4TF'
    const staff = await createStaff('specialist', secret)
    const session = await signInWithPassword(staff.email, PASSWORD)
    await passSecondStep(session, secret)
    expect((await request('/api/patients', { token: session })).status).toBe(200)

    const path = `/api/users/${staff.id}/second-factor/reset`
    expect((await post(path, await signInStaff('editor'))).status).toBe(403)
    expect((await post(path, await signInStaff('specialist'))).status).toBe(403)
    expect((await post(path, await signInWithPassword('admin@harbourspine.example'))).status).toBe(403)
    expect((await request(path, { method: 'POST' })).status).toBe(403)
    expect((await request('/api/patients', { token: session })).status).toBe(200)

    const admin = await signInStaff('admin')
    expect((await post('/api/users/999999/second-factor/reset', admin)).status).toBe(404)
    const reset = await post(path, admin)
    expect(reset.status).toBe(200)
    expect((await request('/api/patients', { token: session })).status).toBe(403)
    expect((await request('/api/users/second-factor', { token: session })).status).toBe(401)

    const next = await signInWithPassword(staff.email, PASSWORD)
    expect((await request('/api/users/second-factor', { token: next })).json.status).toBe('enrol')
    const { secret: newSecret } = await enrol(next)
    expect(newSecret).not.toBe(secret)

    const adminId = (await request('/api/users/me', { token: admin })).json.user.id
    const { docs } = await payload.find({ collection: 'audit-events', where: { action: { equals: 'second-factor-reset' }, resourceIds: { equals: String(staff.id) } } })
    expect(docs.map((event) => [event.actorId, event.outcome])).toEqual([[String(adminId), 'success']])
  })
})
