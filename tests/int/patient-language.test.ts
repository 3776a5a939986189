/**
 * The patient's language: changed by the patient for themselves only (another patient's record is
 * refused), and used for what the clinic sends them.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { sendPasswordResetLink } from '@/payload/auth/passwordLinks'
import { request, signInStaff } from './helpers/http'
import { linkIn, mailTo } from './helpers/outbox'
import { createTestPatient, signInPatient, TEST_PATIENT_PASSWORD, type TestPatient } from './helpers/patients'
import { getTestPayload } from './helpers/payload'

let payload: Payload
let ana: TestPatient
let bob: TestPatient
let anaCookie: string

const asAna = () => ({ headers: { Cookie: anaCookie } })
const languageOf = async (id: number) => (await payload.findByID({ collection: 'patients', id, depth: 0 })).language

beforeAll(async () => {
  payload = await getTestPayload()
  ana = await createTestPatient(payload, 'Ana Muñoz')
  bob = await createTestPatient(payload, 'Bob Other')
  const signIn = await signInPatient(ana.email, TEST_PATIENT_PASSWORD, { ip: '203.0.113.61' })
  expect(signIn.ok).toBe(true)
  anaCookie = signIn.cookie
})

describe('the patient changes their own language', () => {
  it('starts in English and changes to Spanish through POST /api/patients/language, answered in Spanish', async () => {
    expect(await languageOf(ana.id)).toBe('en')
    const { status, json } = await request('/api/patients/language', { method: 'POST', body: { language: 'es' }, ...asAna() })
    expect(status).toBe(200)
    expect(json).toMatchObject({ language: 'es', message: 'Su idioma está guardado.' })
    expect(await languageOf(ana.id)).toBe('es')
    const { docs } = await payload.find({ collection: 'audit-events', where: { action: { equals: 'language-changed' }, actorId: { equals: ana.id } }, depth: 0 })
    expect(docs.some((event) => event.outcome === 'success' && event.detail === 'Language es')).toBe(true)
  })

  it('refuses a language the portal does not have, in the patient’s language, and stores nothing', async () => {
    const { status, json } = await request('/api/patients/language', { method: 'POST', body: { language: 'fr' }, ...asAna() })
    expect(status).toBe(422)
    expect(json.message).toBe('Elija uno de los idiomas que se ofrecen.')
    expect(await languageOf(ana.id)).toBe('es')
  })

  it('cannot change another patient’s language: not through REST, and the endpoint names no one else', async () => {
    const patch = await request(`/api/patients/${bob.id}`, { method: 'PATCH', body: { language: 'es' }, ...asAna() })
    expect([403, 404]).toContain(patch.status)
    const withId = await request(`/api/patients/${bob.id}/language`, { method: 'POST', body: { language: 'es' }, ...asAna() })
    expect(withId.status).toBeGreaterThanOrEqual(400)
    expect(await languageOf(bob.id)).toBe('en')
  })

  it('cannot change their own record through REST either: only the one field, only through the endpoint', async () => {
    const patch = await request(`/api/patients/${ana.id}`, { method: 'PATCH', body: { language: 'en', fullName: 'Someone Else' }, ...asAna() })
    expect(patch.status).toBe(403)
    const record = await payload.findByID({ collection: 'patients', id: ana.id, depth: 0 })
    expect(record).toMatchObject({ language: 'es', fullName: 'Ana Muñoz' })
  })

  it('is refused without a patient session, and to staff', async () => {
    expect((await request('/api/patients/language', { method: 'POST', body: { language: 'es' } })).status).toBe(401)
    const staff = await request('/api/patients/language', { method: 'POST', body: { language: 'es' }, token: await signInStaff('specialist') })
    expect(staff.status).toBe(403)
  })
})

describe('emails in the patient’s language', () => {
  it('sends a Spanish patient’s invitation in Spanish, with a link that opens the page in Spanish', async () => {
    const patient = await payload.create({
      collection: 'patients',
      data: { email: `maria-${Date.now()}@example.com`, fullName: 'María Peña', dateOfBirth: '1968-03-04', language: 'es', password: TEST_PATIENT_PASSWORD },
    })
    const { status } = await request(`/api/patients/${patient.id}/invite`, { method: 'POST', token: await signInStaff('specialist') })
    expect(status).toBe(200)
    const [mail] = mailTo(patient.email)
    expect(mail.subject).toBe('Configure su cuenta del portal de Harbour Spine Clinic')
    expect(mail.html).toContain('lang="es"')
    expect(mail.text).toContain('Estimado/a María Peña:')
    expect(mail.text).toContain('vence en 72 horas')
    expect(mail.text).not.toMatch(/Dear|password/)
    const link = linkIn(mail)
    expect(new URL(link).searchParams.get('lang')).toBe('es')

    const page = await request(new URL(link).pathname + new URL(link).search)
    expect(page.status).toBe(200)
    expect(page.text).toContain('<html lang="es"')
    expect(page.text).toContain('Configure su cuenta del portal del paciente')
    expect(page.headers.getSetCookie().some((cookie) => cookie.startsWith('NEXT_LOCALE=es'))).toBe(true)
  })

  it('sends a password reset in the language on the record, and keeps English patients in English', async () => {
    await sendPasswordResetLink(payload, ana.email)
    await sendPasswordResetLink(payload, bob.email)
    const spanish = mailTo(ana.email).at(-1)!
    const english = mailTo(bob.email).at(-1)!
    expect(spanish.subject).toBe('Restablezca su contraseña del portal de Harbour Spine Clinic')
    expect(spanish.text).toContain('Hola:')
    expect(english.subject).toBe('Reset your Harbour Spine Clinic portal password')
    expect(english.html).toContain('lang="en"')
  })
})
