import type { Payload } from 'payload'
import pg from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'

import { request, signInStaff } from './helpers/http'
import { createTestPatient, signInPatient, TEST_PATIENT_PASSWORD, type TestPatient } from './helpers/patients'
import { getTestPayload } from './helpers/payload'

let payload: Payload
let alice: TestPatient
let bob: TestPatient
let aliceCookie: string
let editorToken: string
let specialistToken: string

const asAlice = () => ({ headers: { Cookie: aliceCookie } })

beforeAll(async () => {
  payload = await getTestPayload()
  alice = await createTestPatient(payload, 'Alice Attacker')
  bob = await createTestPatient(payload, 'Bob Victim')
  const signIn = await signInPatient(alice.email, TEST_PATIENT_PASSWORD, { ip: '203.0.113.10' })
  expect(signIn.ok).toBe(true)
  aliceCookie = signIn.cookie
  ;[editorToken, specialistToken] = await Promise.all([signInStaff('editor'), signInStaff('specialist')])
})

describe('a patient reaching for another patient’s data through REST', () => {
  it('sees only their own patient record, by id, by list and by where', async () => {
    expect((await request(`/api/patients/${bob.id}`, asAlice())).status).toBe(404)
    const list = await request('/api/patients?limit=100', asAlice())
    expect(list.json.docs.map((doc: { id: number }) => doc.id)).toEqual([alice.id])
    const byEmail = await request(`/api/patients?where[email][equals]=${encodeURIComponent(bob.email)}`, asAlice())
    expect(byEmail.json.totalDocs).toBe(0)
    const byOr = await request(`/api/patients?where[or][0][id][equals]=${bob.id}&where[or][1][id][equals]=${alice.id}`, asAlice())
    expect(byOr.json.docs.map((doc: { id: number }) => doc.id)).toEqual([alice.id])
  })

  it('sees only their own appointments, even through relationship filters and depth', async () => {
    expect((await request(`/api/appointments/${bob.appointmentId}`, asAlice())).status).toBe(404)
    const list = await request('/api/appointments?limit=100&depth=2', asAlice())
    expect(list.json.docs.map((doc: { id: number }) => doc.id)).toEqual([alice.appointmentId])
    expect(JSON.stringify(list.json)).not.toContain(bob.email)
    const byPatient = await request(`/api/appointments?where[patient][equals]=${bob.id}`, asAlice())
    expect(byPatient.json.totalDocs).toBe(0)
    const byPatientEmail = await request(`/api/appointments?where[patient.email][equals]=${encodeURIComponent(bob.email)}`, asAlice())
    expect(byPatientEmail.json?.totalDocs ?? 0).toBe(0)
  })

  it('cannot change or delete patients or appointments, not even their own', async () => {
    expect((await request(`/api/patients/${bob.id}`, { method: 'PATCH', body: { fullName: 'Hacked' }, ...asAlice() })).status).toBeGreaterThanOrEqual(403)
    expect((await request(`/api/patients/${alice.id}`, { method: 'PATCH', body: { email: 'stolen@example.com' }, ...asAlice() })).status).toBe(403)
    expect((await request(`/api/appointments/${alice.appointmentId}`, { method: 'PATCH', body: { blockNumber: 2 }, ...asAlice() })).status).toBe(403)
    expect((await request(`/api/appointments/${bob.appointmentId}`, { method: 'DELETE', ...asAlice() })).status).toBeGreaterThanOrEqual(403)
    expect((await request(`/api/patients/${bob.id}`, { method: 'DELETE', ...asAlice() })).status).toBeGreaterThanOrEqual(403)
    const bobNow = await payload.findByID({ collection: 'patients', id: bob.id })
    expect(bobNow.fullName).toBe('Bob Victim')
    expect((await payload.findByID({ collection: 'appointments', id: alice.appointmentId })).blockNumber).toBe(1)
  })

  it('cannot confirm instructions for someone else’s appointment, or as someone else', async () => {
    const forBob = await request('/api/instruction-confirmations', { method: 'POST', body: { appointment: bob.appointmentId }, ...asAlice() })
    expect(forBob.status).toBe(404)
    expect((await payload.count({ collection: 'instruction-confirmations', where: { appointment: { equals: bob.appointmentId } } })).totalDocs).toBe(0)

    const impersonating = await request('/api/instruction-confirmations', {
      method: 'POST',
      body: { appointment: alice.appointmentId, patient: bob.id, confirmedAt: '2000-01-01T00:00:00.000Z' },
      ...asAlice(),
    })
    expect(impersonating.status).toBe(201)
    const stored = await payload.findByID({ collection: 'instruction-confirmations', id: impersonating.json.doc.id, depth: 0 })
    expect(stored.patient).toBe(alice.id)
    expect(stored.confirmedAt).not.toBe('2000-01-01T00:00:00.000Z')
    const again = await request('/api/instruction-confirmations', { method: 'POST', body: { appointment: alice.appointmentId }, ...asAlice() })
    expect(again.status).toBeGreaterThanOrEqual(400)
    expect((await payload.count({ collection: 'instruction-confirmations', where: { appointment: { equals: alice.appointmentId } } })).totalDocs).toBe(1)
    expect((await request(`/api/instruction-confirmations/${stored.id}`, { method: 'DELETE', ...asAlice() })).status).toBe(403)
  })

  it('cannot read, find or change someone else’s instruction confirmation', async () => {
    const bobsConfirmation = await payload.create({ collection: 'instruction-confirmations', data: { appointment: bob.appointmentId, patient: bob.id, confirmedAt: new Date().toISOString() } })
    expect((await request(`/api/instruction-confirmations/${bobsConfirmation.id}`, asAlice())).status).toBe(404)
    const list = await request('/api/instruction-confirmations?limit=100&depth=2', asAlice())
    expect(list.json.docs.map((doc: { id: number }) => doc.id)).not.toContain(bobsConfirmation.id)
    expect(JSON.stringify(list.json)).not.toContain(bob.email)
    const byAppointment = await request(`/api/instruction-confirmations?where[appointment][equals]=${bob.appointmentId}`, asAlice())
    expect(byAppointment.json.totalDocs).toBe(0)
    const patch = await request(`/api/instruction-confirmations/${bobsConfirmation.id}`, { method: 'PATCH', body: { confirmedAt: '2000-01-01T00:00:00.000Z' }, ...asAlice() })
    expect(patch.status).toBeGreaterThanOrEqual(403)
    expect((await payload.findByID({ collection: 'instruction-confirmations', id: bobsConfirmation.id })).confirmedAt).toBe(bobsConfirmation.confirmedAt)
  })

  it('cannot see or set the admin’s document locks, nor run the job queue', async () => {
    expect((await request('/api/payload-locked-documents', asAlice())).status).toBe(403)
    const lock = await request('/api/payload-locked-documents', {
      method: 'POST',
      body: { document: { relationTo: 'appointments', value: bob.appointmentId }, user: { relationTo: 'patients', value: alice.id } },
      ...asAlice(),
    })
    expect(lock.status).toBe(403)
    expect([401, 403]).toContain((await request('/api/payload-jobs/run?allQueues=true', asAlice())).status)
    expect([401, 403]).toContain((await request('/api/payload-jobs/run?allQueues=true', { token: editorToken })).status)
  })

  it('cannot read staff accounts, audit events or sessions', async () => {
    for (const path of ['/api/users', '/api/audit-events', '/api/patient-sessions']) {
      const { status } = await request(path, asAlice())
      expect(status, path).toBe(403)
    }
  })

  it('cannot enter the CMS admin', async () => {
    const { status, headers } = await request('/admin', asAlice())
    const landing = status >= 300 && status < 400 ? headers.get('location') ?? '' : ''
    expect(landing).toMatch(/\/admin\/(login|unauthorized)/)
  })

  it('cannot use Payload’s own account routes to get around the portal', async () => {
    const before = await payload.findByID({ collection: 'patients', id: bob.id, showHiddenFields: true })
    const forgot = await request('/api/patients/forgot-password', { method: 'POST', body: { email: bob.email } })
    expect(forgot.status).toBe(403)
    const reset = await request('/api/patients/reset-password', { method: 'POST', body: { token: 'guess', password: 'short' } })
    expect(reset.status).toBe(403)
    const refresh = await request('/api/patients/refresh-token', { method: 'POST', ...asAlice() })
    expect(refresh.status).toBe(403)
    expect(refresh.headers.get('set-cookie') ?? '').not.toContain('payload-token')
    const after = await payload.findByID({ collection: 'patients', id: bob.id, showHiddenFields: true })
    expect(after.resetPasswordToken ?? null).toBe(before.resetPasswordToken ?? null)
  })

  it('cannot use Payload’s own patient login to get around the portal session', async () => {
    const { status } = await request('/api/patients/login', { method: 'POST', body: { email: alice.email, password: TEST_PATIENT_PASSWORD } })
    expect(status).toBe(403)
  })
})

describe('staff without clinical access, and anonymous callers', () => {
  it.each(['/api/patients', '/api/appointments', '/api/instruction-confirmations', '/api/audit-events'])('editors are refused %s', async (path) => {
    const { status, text } = await request(path, { token: editorToken })
    expect(status).toBe(403)
    expect(text).not.toContain(alice.email)
  })

  it('editors cannot read one patient by id either', async () => {
    expect((await request(`/api/patients/${alice.id}`, { token: editorToken })).status).toBe(403)
    expect((await request(`/api/appointments/${alice.appointmentId}`, { token: editorToken })).status).toBe(403)
  })

  it.each(['/api/patients', '/api/appointments', '/api/instruction-confirmations', '/api/audit-events', '/api/patient-sessions'])(
    'anonymous callers are refused %s',
    async (path) => {
      expect((await request(path)).status).toBe(403)
    },
  )

  it('the session cookie does not act for the patient in a request another site made', async () => {
    const own = (site: string) => request('/api/patients', { headers: { Cookie: aliceCookie, 'Sec-Fetch-Site': site } })
    expect((await own('same-origin')).status).toBe(200)
    expect((await own('cross-site')).status).toBe(403)
    expect((await own('same-site')).status).toBe(403)
    const forged = await request('/api/instruction-confirmations', { method: 'POST', body: { appointment: alice.appointmentId }, headers: { Cookie: aliceCookie, 'Sec-Fetch-Site': 'cross-site' } })
    expect(forged.status).toBe(403)
  })

  it('a forged or tampered session cookie is ignored', async () => {
    const tampered = aliceCookie.slice(0, -4) + 'AAAA'
    expect((await request('/api/patients', { headers: { Cookie: tampered } })).status).toBe(403)
  })
})

describe('specialists and the audit trail', () => {
  it('specialists read patients, and each read is audited', async () => {
    const before = (await payload.count({ collection: 'audit-events', where: { resource: { equals: 'patients' }, action: { equals: 'read' } } })).totalDocs
    const { status, json } = await request(`/api/patients/${bob.id}`, { token: specialistToken })
    expect(status).toBe(200)
    expect(json.email).toBe(bob.email)
    const events = await payload.find({
      collection: 'audit-events',
      where: { resource: { equals: 'patients' }, action: { equals: 'read' }, actorCollection: { equals: 'users' } },
      sort: '-createdAt',
      limit: 1,
    })
    expect(events.totalDocs).toBe(before + 1)
    expect(events.docs[0].resourceIds).toBe(String(bob.id))
    expect(events.docs[0].ip).toBeTruthy()
  })

  it('only an admin changes a patient’s email or password: either would hand over the portal account', async () => {
    const dana = await createTestPatient(payload, 'Dana Account')
    const asSpecialist = (body: Record<string, unknown>) => request(`/api/patients/${dana.id}`, { method: 'PATCH', token: specialistToken, body })
    expect((await asSpecialist({ email: 'specialist-owned@example.com' })).status).toBe(403)
    expect((await asSpecialist({ password: 'a password the specialist knows 1' })).status).toBe(403)
    expect((await asSpecialist({ phone: '0161 555 0100', email: dana.email })).status).toBe(200)
    expect((await payload.findByID({ collection: 'patients', id: dana.id })).email).toBe(dana.email)
    expect((await signInPatient(dana.email, 'a password the specialist knows 1', { ip: '203.0.113.44' })).ok).toBe(false)

    const adminToken = await signInStaff('admin')
    const corrected = await request(`/api/patients/${dana.id}`, { method: 'PATCH', token: adminToken, body: { email: `corrected-${dana.email}` } })
    expect(corrected.status).toBe(200)
  })

  it('an appointment moves to another patient only while it holds none of its patient’s records', async () => {
    const carol = await createTestPatient(payload, 'Carol Misbooked')
    const move = (appointmentId: number, patient: number) =>
      request(`/api/appointments/${appointmentId}`, { method: 'PATCH', token: specialistToken, body: { patient } })
    expect((await move(carol.appointmentId, bob.id)).status).toBe(200)
    expect((await move(carol.appointmentId, carol.id)).status).toBe(200)

    await payload.create({ collection: 'instruction-confirmations', data: { appointment: carol.appointmentId, patient: carol.id, confirmedAt: new Date().toISOString() } })
    const refused = await move(carol.appointmentId, bob.id)
    expect(refused.status).toBe(409)
    expect(refused.json.errors[0].message).toMatch(/cannot move to another patient/)
    const stored = await payload.findByID({ collection: 'appointments', id: carol.appointmentId, depth: 0 })
    expect(stored.patient).toBe(carol.id)
  })

  it('audits 25 concurrent staff writes without exhausting the connection pool', async () => {
    const countUpdates = async () =>
      (await payload.count({ collection: 'audit-events', where: { resource: { equals: 'appointments' }, action: { equals: 'update' } } })).totalDocs
    const before = await countUpdates()
    const writes = Array.from({ length: 25 }, (_, index) =>
      request(`/api/appointments/${alice.appointmentId}`, { method: 'PATCH', token: specialistToken, body: { levels: `L${(index % 4) + 2}-L5` } }),
    )
    const statuses = (await Promise.all(writes)).map((response) => response.status)
    expect(statuses).toEqual(Array(25).fill(200))
    expect((await countUpdates()) - before).toBe(25)
  })

  it('audit events cannot be edited or deleted, by admins through REST or by anyone in the database', async () => {
    const adminToken = await signInStaff('admin')
    const event = (await payload.find({ collection: 'audit-events', limit: 1 })).docs[0]
    expect((await request(`/api/audit-events/${event.id}`, { method: 'PATCH', token: adminToken, body: { action: 'read' } })).status).toBe(403)
    expect((await request(`/api/audit-events/${event.id}`, { method: 'DELETE', token: adminToken })).status).toBe(403)
    expect((await request('/api/audit-events', { method: 'POST', token: adminToken, body: { action: 'sign-in' } })).status).toBe(403)
    await expect(payload.delete({ collection: 'audit-events', id: event.id, overrideAccess: true })).rejects.toThrow()
    // The app's role has no UPDATE or DELETE on the table; the table's owner is stopped by its trigger.
    const pool = (payload.db as unknown as { pool: { query: (sql: string) => Promise<unknown> } }).pool
    await expect(pool.query(`UPDATE audit_events SET action = 'read' WHERE id = ${Number(event.id)}`)).rejects.toThrow(/permission denied/)
    await expect(pool.query('DELETE FROM audit_events')).rejects.toThrow(/permission denied/)
    const owner = new pg.Client({ connectionString: process.env.DATABASE_OWNER_URL })
    await owner.connect()
    try {
      await expect(owner.query(`UPDATE audit_events SET action = 'read' WHERE id = ${Number(event.id)}`)).rejects.toThrow(/append-only/)
      await expect(owner.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/)
    } finally {
      await owner.end()
    }
    expect((await payload.findByID({ collection: 'audit-events', id: event.id })).action).toBe(event.action)
  })
})
