import { createHash } from 'node:crypto'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { request, signInStaff } from './helpers/http'
import { linkIn, mailTo } from './helpers/outbox'
import { createTestPatient, signInPatient, TEST_PATIENT_PASSWORD } from './helpers/patients'
import { getTestPayload } from './helpers/payload'

let payload: Payload
let pool: { query: (sql: string, values?: unknown[]) => Promise<unknown> }
// Each test needs its own address: a random one could collide with an address another test has blocked.
const runOctet = Math.floor(Math.random() * 250) + 1
let addressesUsed = 0
const uniqueIp = () => `10.${runOctet}.${Math.floor(++addressesUsed / 250)}.${(addressesUsed % 250) + 1}`

beforeAll(async () => {
  payload = await getTestPayload()
  pool = (payload.db as unknown as { pool: typeof pool }).pool
})

async function ownRecordStatus(cookie: string) {
  return (await request('/api/patients', { headers: { Cookie: cookie } })).status
}

/** next-auth's own session endpoint, as a script in the browser would call it with the cookie. */
async function nextAuthSession(cookie: string) {
  const response = await fetch(`${process.env.APP_URL}/api/auth/session`, { headers: { Cookie: cookie } })
  const text = await response.text()
  const refreshedCookie = response.headers
    .getSetCookie()
    .find((value) => value.startsWith('next-auth.session-token=') && !/expires=Thu, 01 Jan 1970/i.test(value) && !value.startsWith('next-auth.session-token=;'))
  return { text, body: JSON.parse(text) as { user?: { email?: string } }, refreshedCookie }
}

describe('patient sign-in', () => {
  it('answers an unknown email and a wrong password the same way, and audits both', async () => {
    const patient = await createTestPatient(payload)
    const ip = uniqueIp()
    const unknown = await signInPatient('nobody-here@example.com', 'whatever-password', { ip })
    const wrong = await signInPatient(patient.email, 'not the right password', { ip })
    expect(unknown.ok).toBe(false)
    expect(wrong.ok).toBe(false)
    expect(unknown.error).toBe(wrong.error)
    const failures = await payload.find({ collection: 'audit-events', where: { action: { equals: 'sign-in-failed' }, ip: { equals: ip } } })
    expect(failures.totalDocs).toBe(2)
  })

  it('audits a successful sign-in with the address it came from', async () => {
    const patient = await createTestPatient(payload)
    const ip = uniqueIp()
    expect((await signInPatient(patient.email, TEST_PATIENT_PASSWORD, { ip })).ok).toBe(true)
    const events = await payload.find({ collection: 'audit-events', where: { action: { equals: 'sign-in' }, actorId: { equals: String(patient.id) } } })
    expect(events.docs.map((event) => [event.actorCollection, event.ip, event.outcome])).toEqual([['patients', ip, 'success']])
  })

  it('locks the account for 15 minutes after 5 failed attempts, with the same message', async () => {
    const patient = await createTestPatient(payload)
    for (let attempt = 0; attempt < 5; attempt++) await signInPatient(patient.email, `wrong-${attempt}`, { ip: uniqueIp() })
    const locked = await signInPatient(patient.email, TEST_PATIENT_PASSWORD, { ip: uniqueIp() })
    expect(locked.ok).toBe(false)
    expect(locked.error).toBe('CredentialsSignin')
  })

  it('limits failed sign-ins per IP address, with the count kept in Postgres', async () => {
    const patient = await createTestPatient(payload)
    const ip = uniqueIp()
    for (let attempt = 0; attempt < 10; attempt++) await signInPatient(`unknown-${attempt}@example.com`, 'nope-nope-nope', { ip })
    const blocked = await signInPatient(patient.email, TEST_PATIENT_PASSWORD, { ip })
    expect(blocked.ok).toBe(false)
    expect(blocked.error).toBe('TooManyAttempts')
    const rows = (await pool.query(`SELECT points FROM rate_limits WHERE key = $1`, [`sign-in:${ip}`])) as { rows: { points: number }[] }
    expect(rows.rows[0].points).toBeGreaterThanOrEqual(10)
    const elsewhere = await signInPatient(patient.email, TEST_PATIENT_PASSWORD, { ip: uniqueIp() })
    expect(elsewhere.error).toBeNull()
    expect(elsewhere.ok).toBe(true)
  })

  it('ends the session after 30 idle minutes and after 12 hours', async () => {
    const patient = await createTestPatient(payload)
    const idle = await signInPatient(patient.email, TEST_PATIENT_PASSWORD, { ip: uniqueIp() })
    expect(await ownRecordStatus(idle.cookie)).toBe(200)
    await pool.query(`UPDATE patient_sessions SET last_seen_at = now() - interval '31 minutes' WHERE patient_id = $1`, [patient.id])
    expect(await ownRecordStatus(idle.cookie)).toBe(403)

    const long = await signInPatient(patient.email, TEST_PATIENT_PASSWORD, { ip: uniqueIp() })
    expect(await ownRecordStatus(long.cookie)).toBe(200)
    await pool.query(`UPDATE patient_sessions SET created_at = now() - interval '12 hours 1 minute' WHERE patient_id = $1 AND revoked_at IS NULL`, [patient.id])
    expect(await ownRecordStatus(long.cookie)).toBe(403)
  })

  it('refuses a replayed cookie after sign-out', async () => {
    const patient = await createTestPatient(payload)
    const { cookie } = await signInPatient(patient.email, TEST_PATIENT_PASSWORD, { ip: uniqueIp() })
    expect(await ownRecordStatus(cookie)).toBe(200)
    expect((await nextAuthSession(cookie)).body.user?.email).toBe(patient.email)
    const csrf = await fetch(`${process.env.APP_URL}/api/auth/csrf`, { headers: { Cookie: cookie } })
    const { csrfToken } = (await csrf.json()) as { csrfToken: string }
    const csrfCookie = csrf.headers.getSetCookie().map((value) => value.split(';')[0])
    await fetch(`${process.env.APP_URL}/api/auth/signout`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: [cookie, ...csrfCookie].join('; ') },
      body: new URLSearchParams({ csrfToken, json: 'true' }),
    })
    expect(await ownRecordStatus(cookie)).toBe(403)
    const afterSignOut = await nextAuthSession(cookie)
    expect(afterSignOut.body).toEqual({})
    expect(afterSignOut.text).not.toContain(patient.email)
    expect(afterSignOut.refreshedCookie).toBeUndefined()
    const signOuts = await payload.find({ collection: 'audit-events', where: { action: { equals: 'sign-out' }, actorId: { equals: String(patient.id) } } })
    expect(signOuts.totalDocs).toBe(1)
  })
})

describe('invitations', () => {
  it('clinical staff send a one-time link by email, with no health details in it', async () => {
    const patient = await createTestPatient(payload, 'Invited Person')
    const token = await signInStaff('specialist')
    const { status, json } = await request(`/api/patients/${patient.id}/invite`, { method: 'POST', token })
    expect(status).toBe(200)
    expect(json.message).toContain(patient.email)
    const [mail] = mailTo(patient.email)
    expect(mail.subject).toMatch(/portal/i)
    expect(linkIn(mail)).toContain('/portal/activate?token=')
    expect(mail.text).not.toMatch(/block|injection|appointment|pain/i)
    const activation = await request(new URL(linkIn(mail)).pathname + new URL(linkIn(mail)).search)
    expect(activation.status).toBe(200)
    expect(activation.headers.get('cache-control') ?? '').toMatch(/no-store|private|no-cache/)
    expect(activation.text).toContain('Choose a password')
    const sent = await payload.find({ collection: 'audit-events', where: { action: { equals: 'invite-sent' }, resourceIds: { equals: String(patient.id) } } })
    expect(sent.totalDocs).toBe(1)
  })

  it('keeps only a hash of the link in the database: the stored value does not work as a link', async () => {
    const patient = await createTestPatient(payload)
    expect((await request(`/api/patients/${patient.id}/invite`, { method: 'POST', token: await signInStaff('specialist') })).status).toBe(200)
    const tokenInLink = new URL(linkIn(mailTo(patient.email)[0])).searchParams.get('token') as string
    const rows = (await pool.query('SELECT reset_password_token FROM patients WHERE id = $1', [patient.id])) as { rows: { reset_password_token: string }[] }
    const stored = rows.rows[0].reset_password_token
    expect(stored).toBe(createHash('sha256').update(tokenInLink).digest('hex'))
    const forged = await request(`/portal/activate?token=${stored}`)
    expect(forged.text).toContain('This link has expired or has already been used')
    // No password form (the page's message catalogue may still name it).
    expect(forged.text).not.toMatch(/type="password"/)
  })

  it('editors, patients and anonymous callers cannot send invitations', async () => {
    const patient = await createTestPatient(payload)
    const other = await createTestPatient(payload)
    const { cookie } = await signInPatient(other.email, TEST_PATIENT_PASSWORD, { ip: uniqueIp() })
    expect((await request(`/api/patients/${patient.id}/invite`, { method: 'POST', token: await signInStaff('editor') })).status).toBe(403)
    expect((await request(`/api/patients/${patient.id}/invite`, { method: 'POST', headers: { Cookie: cookie } })).status).toBe(403)
    expect((await request(`/api/patients/${patient.id}/invite`, { method: 'POST' })).status).toBe(403)
    expect(mailTo(patient.email)).toHaveLength(0)
  })
})
