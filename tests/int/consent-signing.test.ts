import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { CONSENT_SIGNATURE_MEANING, MAX_DRAWING_DATA_URL_LENGTH, consentSnapshotText } from '@/lib/consent'
import { consentContentOf } from '@/payload/consent/content'
import { currentConsentDocument, sign, storedFor, submissionFor, TINY_PNG, withdraw } from './helpers/consent'
import { pdfPageText } from '../helpers/pdfText'
import { APP_URL, download, request, signInStaff } from './helpers/http'
import { createTestPatient, signInPatient, TEST_PATIENT_PASSWORD, type TestPatient } from './helpers/patients'
import { getTestPayload, uniqueSuffix } from './helpers/payload'

let payload: Payload
let alice: TestPatient
let bob: TestPatient
let aliceCookie: string

async function patientWithCookie(name: string): Promise<[TestPatient, string]> {
  const patient = await createTestPatient(payload, name)
  const signIn = await signInPatient(patient.email, TEST_PATIENT_PASSWORD)
  expect(signIn.ok).toBe(true)
  return [patient, signIn.cookie]
}

function pngWith(edit: (bytes: Buffer) => Buffer): string {
  const bytes = Buffer.from(TINY_PNG.slice('data:image/png;base64,'.length), 'base64')
  return `data:image/png;base64,${edit(bytes).toString('base64')}`
}

/** A real PNG of random pixels: they do not compress, so the data URL is about 5.3 characters a pixel. */
async function noisyPng(width: number, height: number): Promise<string> {
  const pixels = randomBytes(width * height * 4)
  const png = await sharp(pixels, { raw: { width, height, channels: 4 } }).png().toBuffer()
  return `data:image/png;base64,${png.toString('base64')}`
}

beforeAll(async () => {
  payload = await getTestPayload()
  ;[alice, aliceCookie] = await patientWithCookie('Alice Consent')
  bob = await createTestPatient(payload, 'Bob Consent')
})

describe('signing is refused, with a clear message and nothing stored', () => {
  async function expectRefused(body: unknown, status: number, message: RegExp, cookie: string | null = aliceCookie, appointmentId = alice.appointmentId) {
    const response = await sign(cookie, body)
    expect(response.status, response.text).toBe(status)
    expect(response.json?.message).toMatch(message)
    expect(await storedFor(payload, appointmentId)).toEqual({ consents: 0, pdfs: 0 })
    return response
  }

  it('for anonymous callers and for staff', async () => {
    const body = await submissionFor(payload, alice)
    await expectRefused(body, 401, /sign in/i, null)
    const editor = await signInStaff('editor')
    const asEditor = await request('/api/consents/sign', { method: 'POST', body, token: editor })
    expect(asEditor.status).toBe(403)
    expect(await storedFor(payload, alice.appointmentId)).toEqual({ consents: 0, pdfs: 0 })
  })

  it('when a statement is not ticked, or the ticks do not match the document', async () => {
    const body = await submissionFor(payload, alice)
    const ticks = body.acknowledgements as boolean[]
    await expectRefused({ ...body, acknowledgements: ticks.map((_, index) => index !== 2) }, 400, /tick every statement/i)
    const short = await expectRefused({ ...body, acknowledgements: ticks.slice(1) }, 400, /tick every statement/i)
    expect(short.json.fieldErrors).toHaveProperty('acknowledgements')
    await expectRefused({ ...body, acknowledgements: [] }, 400, /tick every statement/i)
    const { acknowledgements: _omitted, ...withoutTicks } = body
    await expectRefused(withoutTicks, 400, /tick every statement/i)
  })

  it('when the certification is missing', async () => {
    await expectRefused({ ...(await submissionFor(payload, alice)), certified: false }, 400, /understand what signing means/)
  })

  it('when the typed name does not match the patient record', async () => {
    const body = await submissionFor(payload, alice)
    const wrong = await expectRefused({ ...body, typedName: 'Alice Someone' }, 400, /does not match the name the clinic has/)
    expect(wrong.json.fieldErrors).toHaveProperty('typedName')
    await expectRefused({ ...body, typedName: 'Bob Consent' }, 400, /does not match/)
    await expectRefused({ ...body, typedName: '' }, 400, /type your full name/i)
  })

  it('for another patient’s appointment or an unknown appointment', async () => {
    const body = await submissionFor(payload, alice, { appointmentId: bob.appointmentId })
    await expectRefused(body, 404, /appointment was not found/, aliceCookie, bob.appointmentId)
    await expectRefused({ ...body, appointmentId: 999_999_999 }, 404, /appointment was not found/)
    await expectRefused({ ...body, appointmentId: 'abc' }, 400, /appointment is missing or not valid/)
  })

  it('for an unknown document, or a text fingerprint that does not match', async () => {
    const body = await submissionFor(payload, alice)
    await expectRefused({ ...body, documentId: 999_999_999 }, 404, /consent document was not found/)
    await expectRefused({ ...body, textSha256: 'f'.repeat(64) }, 409, /does not match the current document/)
    await expectRefused({ ...body, documentVersion: Number(body.documentVersion) + 1 }, 409, /has changed since you opened it/)
  })

  it('for an oversized, malformed or undecodable drawing', async () => {
    const body = await submissionFor(payload, alice)
    const oversized = `${TINY_PNG}${'A'.repeat(MAX_DRAWING_DATA_URL_LENGTH)}`
    await expectRefused({ ...body, drawing: oversized }, 400, /drawn signature is too large/)
    await expectRefused({ ...body, drawing: 'data:image/png;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7' }, 400, /must be a PNG/)
    await expectRefused({ ...body, drawing: TINY_PNG.replace('image/png', 'image/svg+xml') }, 400, /must be a PNG/)
    await expectRefused({ ...body, drawing: 'data:image/png;base64,iVBORw0KGgo$$$$' }, 400, /could not be read/)
    // The first 16 bytes of a real PNG: signature and chunk name, but no width or height to read.
    await expectRefused({ ...body, drawing: pngWith((bytes) => bytes.subarray(0, 16)) }, 400, /must be a PNG/)
    const hugeDimensions = pngWith((bytes) => {
      const copy = Buffer.from(bytes)
      copy.writeUInt32BE(60_000, 16)
      copy.writeUInt32BE(60_000, 20)
      return copy
    })
    const bomb = await expectRefused({ ...body, drawing: hugeDimensions }, 400, /too large/)
    expect(bomb.json.fieldErrors).toHaveProperty('drawing')
    const corrupt = pngWith((bytes) => Buffer.concat([bytes.subarray(0, 33), Buffer.from('garbage where the pixels should be')]))
    await expectRefused({ ...body, drawing: corrupt }, 400, /could not be read/)
  })

  it('for bodies that are not JSON, not an object, or too large', async () => {
    const headers = { Cookie: aliceCookie }
    const form = await request('/api/consents/sign', { method: 'POST', body: 'typedName=Alice', headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' } })
    expect(form.status).toBe(415)
    const broken = await request('/api/consents/sign', { method: 'POST', body: '{"typedName": ', headers })
    expect(broken.status).toBe(400)
    const array = await request('/api/consents/sign', { method: 'POST', body: [1, 2, 3], headers })
    expect(array.status).toBe(400)
    const huge = await request('/api/consents/sign', { method: 'POST', body: { padding: 'x'.repeat(400_000) }, headers })
    expect(huge.status).toBe(413)
    expect(await storedFor(payload, alice.appointmentId)).toEqual({ consents: 0, pdfs: 0 })
  })

  it('through the REST collection route and the Local API, which never create consents', async () => {
    const body = await submissionFor(payload, alice)
    const direct = await request('/api/consents', { method: 'POST', body: { ...body, patient: alice.id, appointment: alice.appointmentId }, headers: { Cookie: aliceCookie } })
    expect(direct.status).toBe(403)
    const admin = await signInStaff('admin')
    expect((await request('/api/consents', { method: 'POST', body: { appointment: alice.appointmentId }, token: admin })).status).toBe(403)
    expect((await request('/api/consent-pdfs', { method: 'POST', body: {}, token: admin })).status).toBe(403)
    const patientUser = { ...(await payload.findByID({ collection: 'patients', id: alice.id })), collection: 'patients' as const }
    await expect(
      payload.create({ collection: 'consents', data: { patient: alice.id, appointment: alice.appointmentId } as never, user: patientUser, overrideAccess: false }),
    ).rejects.toThrow()
    await expect(payload.create({ collection: 'consents', data: { patient: alice.id, appointment: alice.appointmentId } as never })).rejects.toThrow(
      /only by the patient signing/,
    )
    expect(await storedFor(payload, alice.appointmentId)).toEqual({ consents: 0, pdfs: 0 })
  })
})

describe('a valid signature', () => {
  it('stores exactly the text shown, its hash, the ticks, the name, the drawing, server time, ip and user agent, and a PDF', async () => {
    const before = Date.now()
    const body = await submissionFor(payload, alice, { typedName: '  alice   CONSENT ', drawing: TINY_PNG, signedAt: '2000-01-01T00:00:00.000Z', ip: '1.2.3.4' })
    const response = await sign(aliceCookie, body, { 'User-Agent': 'ConsentTest/1.0', 'X-Forwarded-For': '198.51.100.23' })
    expect(response.status, response.text).toBe(201)
    expect(response.json.consent.pdfUrl).toMatch(/\/api\/consent-pdfs\/file\/consent-\d+-.+\.pdf$/)

    const consent = await payload.findByID({ collection: 'consents', id: response.json.consent.id, depth: 0 })
    const document = await currentConsentDocument(payload)
    expect(consent.patient).toBe(alice.id)
    expect(consent.appointment).toBe(alice.appointmentId)
    expect(consent.document).toBe(document.id)
    expect(consent.documentVersion).toBe(document.version)
    expect(consent.snapshotText).toBe(consentSnapshotText(consentContentOf(document)))
    expect(consent.textSha256).toBe(body.textSha256)
    expect(consent.acknowledgements).toEqual(document.acknowledgements?.map(({ text }) => ({ statement: text, ticked: true })))
    expect(consent.typedName).toBe('alice   CONSENT')
    expect(consent.drawing).toBe(TINY_PNG)
    expect(consent.signatureMeaning).toBe(CONSENT_SIGNATURE_MEANING)
    expect(consent.status).toBe('signed')
    expect(new Date(consent.signedAt).getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(consent.ip).toBeTruthy()
    expect(consent.ip).not.toBe('1.2.3.4')
    expect(consent.userAgent).toBe('ConsentTest/1.0')
    expect(await storedFor(payload, alice.appointmentId)).toEqual({ consents: 1, pdfs: 1 })

    const events = await payload.find({ collection: 'audit-events', where: { action: { equals: 'consent-signed' }, outcome: { equals: 'success' }, resourceIds: { equals: String(consent.id) } } })
    expect(events.totalDocs).toBe(1)
    expect(events.docs[0].actorId).toBe(String(alice.id))
  })

  it('writes a PDF that identifies the patient from their record and reads as a record', async () => {
    const [erin, erinCookie] = await patientWithCookie('Erin Record')
    const clinicNumber = `ER-${uniqueSuffix()}`.slice(0, 20)
    await payload.update({ collection: 'patients', id: erin.id, data: { clinicNumber, dateOfBirth: '1959-02-28' } })
    const response = await sign(erinCookie, await submissionFor(payload, erin, { typedName: '  erin   RECORD ' }))
    expect(response.status, response.text).toBe(201)
    const file = await download(new URL(response.json.consent.pdfUrl, APP_URL).pathname, { Cookie: erinCookie })
    expect(file.status).toBe(200)
    const pageText = pdfPageText(file.bytes)
    expect(pageText).toContain('Patient\nErin Record')
    expect(pageText).toContain('Date of birth\nFebruary 28, 1959')
    expect(pageText).toContain(`Clinic number\n${clinicNumber}`)
    expect(pageText).toContain('Signature: name as typed by the patient\n“erin   RECORD”')
    expect(pageText).toContain('Signature: name normalised (spaces tidied)\nerin RECORD')
    expect(pageText).toMatch(/Signed at\n\w+day, \w+ \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M \(America\/New_York\)/)
    expect(pageText).not.toMatch(/IP address|::ffff:/)
  })

  it('accepts a detailed drawing up to the portal’s own limit', async () => {
    const [carol, carolCookie] = await patientWithCookie('Carol Drawing')
    const drawing = await noisyPng(160, 160)
    expect(drawing.length).toBeGreaterThan(130_000)
    expect(drawing.length).toBeLessThan(MAX_DRAWING_DATA_URL_LENGTH)
    const response = await sign(carolCookie, await submissionFor(payload, carol, { typedName: 'Carol Drawing', drawing }))
    expect(response.status, response.text).toBe(201)
    const consent = await payload.findByID({ collection: 'consents', id: response.json.consent.id, depth: 0 })
    expect(consent.drawing).toBe(drawing)
  })

  it('signing the same version again returns the same record', async () => {
    const again = await sign(aliceCookie, await submissionFor(payload, alice))
    expect(again.status).toBe(200)
    expect(again.json.message).toMatch(/already signed/)
    expect(await storedFor(payload, alice.appointmentId)).toEqual({ consents: 1, pdfs: 1 })
  })

  it('simultaneous double submits create one record and one PDF', async () => {
    const [carol, carolCookie] = await patientWithCookie('Carol Twice')
    const body = await submissionFor(payload, carol)
    const responses = await Promise.all([sign(carolCookie, body), sign(carolCookie, body), sign(carolCookie, body)])
    expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 201])
    expect(new Set(responses.map((response) => response.json.consent.id)).size).toBe(1)
    expect(await storedFor(payload, carol.appointmentId)).toEqual({ consents: 1, pdfs: 1 })
  })

  it('is refused once the appointment has started or was cancelled', async () => {
    const [dan, danCookie] = await patientWithCookie('Dan Late')
    await payload.update({ collection: 'appointments', id: dan.appointmentId, data: { scheduledAt: new Date(Date.now() - 60_000).toISOString() } })
    const late = await sign(danCookie, await submissionFor(payload, dan))
    expect(late.status).toBe(409)
    expect(late.json.message).toMatch(/already taken place or was cancelled/)
    expect(await storedFor(payload, dan.appointmentId)).toEqual({ consents: 0, pdfs: 0 })
  })
})

describe('withdrawal', () => {
  it('another patient, staff and anonymous callers cannot withdraw', async () => {
    const [, bobCookie] = [bob, (await signInPatient(bob.email, TEST_PATIENT_PASSWORD)).cookie]
    const byBob = await withdraw(bobCookie, alice.appointmentId)
    expect(byBob.status).toBe(404)
    const admin = await signInStaff('admin')
    expect((await request('/api/consents/withdraw', { method: 'POST', body: { appointmentId: alice.appointmentId }, token: admin })).status).toBe(403)
    expect((await request('/api/consents/withdraw', { method: 'POST', body: { appointmentId: alice.appointmentId } })).status).toBe(401)
    const stored = await payload.find({ collection: 'consents', where: { appointment: { equals: alice.appointmentId } } })
    expect(stored.docs.map((consent) => consent.status)).toEqual(['signed'])
  })

  it('the patient withdraws before the procedure: status and time change, the signed record stays', async () => {
    const before = (await payload.find({ collection: 'consents', where: { appointment: { equals: alice.appointmentId } }, depth: 0 })).docs[0]
    const response = await withdraw(aliceCookie, alice.appointmentId)
    expect(response.status, response.text).toBe(200)
    const after = await payload.findByID({ collection: 'consents', id: before.id, depth: 0 })
    expect(after.status).toBe('withdrawn')
    expect(after.withdrawnAt).toBeTruthy()
    const signedFields = ['snapshotText', 'textSha256', 'typedName', 'drawing', 'signedAt', 'ip', 'userAgent', 'acknowledgements', 'documentVersion'] as const
    for (const field of signedFields) expect(after[field], field).toEqual(before[field])
    const events = await payload.count({ collection: 'audit-events', where: { action: { equals: 'consent-withdrawn' }, outcome: { equals: 'success' }, resourceIds: { equals: String(before.id) } } })
    expect(events.totalDocs).toBe(1)
    expect((await withdraw(aliceCookie, alice.appointmentId)).status).toBe(409)
  })

  it('the patient can sign again after withdrawing: a new record, the withdrawn one kept', async () => {
    const response = await sign(aliceCookie, await submissionFor(payload, alice))
    expect(response.status).toBe(201)
    const all = await payload.find({ collection: 'consents', where: { appointment: { equals: alice.appointmentId } }, sort: 'signedAt' })
    expect(all.docs.map((consent) => consent.status)).toEqual(['withdrawn', 'signed'])
  })

  it('is refused after the procedure', async () => {
    const [erin, erinCookie] = await patientWithCookie('Erin After')
    expect((await sign(erinCookie, await submissionFor(payload, erin))).status).toBe(201)
    await payload.update({ collection: 'appointments', id: erin.appointmentId, data: { scheduledAt: new Date(Date.now() - 60_000).toISOString(), status: 'done' } })
    const response = await withdraw(erinCookie, erin.appointmentId)
    expect(response.status).toBe(409)
    expect(response.json.message).toMatch(/already taken place/)
    expect((await payload.find({ collection: 'consents', where: { appointment: { equals: erin.appointmentId } } })).docs[0].status).toBe('signed')
  })
})
