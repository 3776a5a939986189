import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { sign, submissionFor } from './helpers/consent'
import { request, signInStaff } from './helpers/http'
import { createTestPatient, signInPatient, TEST_PATIENT_PASSWORD, type TestPatient } from './helpers/patients'
import { getTestPayload } from './helpers/payload'

/**
 * Requests that once answered 500 (a server fault) although the caller asked for something that
 * cannot be: each answers a 4xx with a message that says what is wrong.
 */
let payload: Payload
let admin: string
let specialist: string

beforeAll(async () => {
  payload = await getTestPayload()
  ;[admin, specialist] = await Promise.all([signInStaff('admin'), signInStaff('specialist')])
})

describe('impossible requests answer a 4xx, not a 500', () => {
  it('a negative or zero page number', async () => {
    for (const page of ['-1', '0']) {
      const anonymous = await request(`/api/conditions?page=${page}`)
      expect(anonymous.status, anonymous.text).toBe(400)
      expect(anonymous.json?.errors?.[0]?.message).toMatch(/page/i)
      const asAdmin = await request(`/api/appointments?page=${page}`, { token: admin })
      expect(asAdmin.status, asAdmin.text).toBe(400)
    }
  })

  it('the versions of a collection that keeps no versions', async () => {
    for (const slug of ['diaries', 'consents']) {
      const response = await request(`/api/${slug}/versions`, { token: specialist })
      expect(response.status, response.text).toBe(404)
    }
  })

  it('a document id that is not a number', async () => {
    const response = await request('/api/appointments/not-a-number', { token: specialist })
    expect(response.status, response.text).toBe(404)
  })

  it('email verification for accounts that never verify by email', async () => {
    for (const slug of ['patients', 'users']) {
      const response = await request(`/api/${slug}/verify/abc`, { method: 'POST' })
      expect(response.status, response.text).toBe(404)
    }
  })

  it('a file name that does not exist', async () => {
    const media = await request('/api/media/file/no-such-image.png')
    expect(media.status, media.text).toBe(404)
    for (const token of [admin, specialist]) {
      const pdf = await request('/api/consent-pdfs/file/no-such-consent.pdf', { token })
      expect(pdf.status, pdf.text).toBe(404)
    }
  })
})

describe('records that a signed consent refers to cannot be deleted', () => {
  let patient: TestPatient

  beforeAll(async () => {
    patient = await createTestPatient(payload, 'Dana Consent')
    const signIn = await signInPatient(patient.email, TEST_PATIENT_PASSWORD)
    expect(signIn.ok).toBe(true)
    const signed = await sign(signIn.cookie, await submissionFor(payload, patient))
    expect(signed.status, signed.text).toBe(201)
  })

  it('deleting the appointment answers 409 and says why', async () => {
    const response = await request(`/api/appointments/${patient.appointmentId}`, { method: 'DELETE', token: admin })
    expect(response.status, response.text).toBe(409)
    expect(response.json?.errors?.[0]?.message).toMatch(/signed consent/i)
    expect((await payload.findByID({ collection: 'appointments', id: patient.appointmentId, depth: 0 })).id).toBe(patient.appointmentId)
  })

  it('deleting the patient answers 409 and says why', async () => {
    const response = await request(`/api/patients/${patient.id}`, { method: 'DELETE', token: admin })
    expect(response.status, response.text).toBe(409)
    expect(response.json?.errors?.[0]?.message).toMatch(/signed consent/i)
    expect((await payload.findByID({ collection: 'patients', id: patient.id, depth: 0 })).id).toBe(patient.id)
  })

  it('a bulk delete that includes them keeps them too', async () => {
    const response = await request(`/api/appointments?where[id][equals]=${patient.appointmentId}`, { method: 'DELETE', token: admin })
    expect(response.status).toBeLessThan(500)
    expect((await payload.findByID({ collection: 'appointments', id: patient.appointmentId, depth: 0 })).id).toBe(patient.appointmentId)
  })
})
