import { createRequire } from 'node:module'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { pdfPageText } from '../helpers/pdfText'
import { createSubmittedDiary, strongReliefScores } from './helpers/diaries'
import { sign, submissionFor } from './helpers/consent'
import { APP_URL, DEMO_STAFF_EMAIL, download, request, signInStaff } from './helpers/http'
import { mailTo } from './helpers/outbox'
import { createTestPatient, signInPatient, TEST_PATIENT_PASSWORD } from './helpers/patients'
import { getTestPayload } from './helpers/payload'

type FhirValidator = { validate: (resource: unknown) => unknown[] }
const JSONSchemaValidator = createRequire(import.meta.url)('@asymmetrik/fhir-json-schema-validator') as new () => FhirValidator

let payload: Payload
let diaryId: number
let patientId: number
let patientEmail: string
const tokens: Record<'admin' | 'editor' | 'specialist', string> = { admin: '', editor: '', specialist: '' }
let patientCookie: string

beforeAll(async () => {
  payload = await getTestPayload()
  const patient = await createTestPatient(payload, 'Review Patient')
  patientId = patient.id
  patientEmail = patient.email
  ;({ diaryId } = await createSubmittedDiary(payload, { patientId, scores: strongReliefScores(3) }))
  for (const role of ['admin', 'editor', 'specialist'] as const) tokens[role] = await signInStaff(role)
  patientCookie = (await signInPatient(patient.email, TEST_PATIENT_PASSWORD, { ip: '192.0.2.77' })).cookie
})

const paths = () => [`/clinic`, `/clinic/diaries/${diaryId}`, `/clinic/diaries/${diaryId}/summary`, `/api/fhir/QuestionnaireResponse/${diaryId}`]

describe('who may open the clinic workspace and the exports', () => {
  it('refuses anonymous callers', async () => {
    for (const path of paths()) {
      const { status, headers } = await request(path)
      if (path.startsWith('/clinic') && !path.endsWith('summary')) {
        expect(status, path).toBe(307)
        expect(headers.get('location'), path).toContain('/admin/login')
      } else expect(status, path).toBe(401)
    }
  })

  it('refuses editors', async () => {
    for (const path of paths()) {
      const { status, text } = await request(path, { token: tokens.editor })
      expect(status, path).toBe(403)
      expect(text, path).not.toContain('Review Patient')
    }
  })

  it('refuses patients, even for their own diary', async () => {
    for (const path of paths()) {
      const { status, text } = await request(path, { headers: { Cookie: patientCookie } })
      expect(status, path).toBe(403)
      expect(text, path).not.toContain('Peak relief')
    }
  })

  it.each(['specialist', 'admin'] as const)('lets a %s in, and audits each view', async (role) => {
    const views = async () =>
      Promise.all(
        ['clinic-queue', 'clinic-diary-review', 'diaries.summary-pdf'].map(
          async (resource) => (await payload.count({ collection: 'audit-events', where: { resource: { equals: resource }, actorCollection: { equals: 'users' } } })).totalDocs,
        ),
      )
    const before = await views()
    const queue = await request('/clinic?filter=all', { token: tokens[role] })
    expect(queue.status).toBe(200)
    expect(queue.text).toContain('Review Patient')
    const review = await request(`/clinic/diaries/${diaryId}`, { token: tokens[role] })
    expect(review.status).toBe(200)
    expect(review.text).toContain('Medicare facet LCD')
    expect(review.headers.get('cache-control')).toMatch(/no-store/)
    const summary = await request(`/clinic/diaries/${diaryId}/summary`, { token: tokens[role] })
    expect(summary.status).toBe(200)
    expect(summary.headers.get('content-type')).toBe('application/pdf')
    expect(summary.text.startsWith('%PDF')).toBe(true)
    expect(await views()).toEqual(before.map((count) => count + 1))
  })
})

describe('the review page', () => {
  let medicatedDiary: number
  beforeAll(async () => {
    ;({ diaryId: medicatedDiary } = await createSubmittedDiary(payload, {
      scores: strongReliefScores(4),
      medicines: { baseline: 'Codeine 30 mg the evening before', '3-hours': 'Naproxen 500 mg at 12:10' },
    }))
  })

  it('stays in English for staff but marks a Spanish-speaking patient’s own words with their language', async () => {
    const spanishPatient = await payload.create({
      collection: 'patients',
      data: { email: `paciente-review-${Date.now().toString(36)}@example.com`, fullName: 'Begoña Ruiz', dateOfBirth: '1966-06-06', password: TEST_PATIENT_PASSWORD, language: 'es' },
    })
    const { diaryId: spanishDiary } = await createSubmittedDiary(payload, {
      patientId: spanishPatient.id,
      scores: strongReliefScores(4),
      medicines: { baseline: 'Ibuprofeno 400 mg anoche' },
    })
    const page = await request(`/clinic/diaries/${spanishDiary}`, { token: tokens.specialist })
    expect(page.status).toBe(200)
    expect(page.text).toMatch(/<html lang="en-(US|GB)"/)
    expect(page.text).toContain('Activity and medicines as the patient wrote them, in Spanish.')
    expect(page.text).toMatch(/<td lang="es">Ibuprofeno 400 mg anoche<\/td>/)
  })

  it('flags the pain medicines taken before and during the relief, on the page and in the summary PDF', async () => {
    const page = await request(`/clinic/diaries/${medicatedDiary}`, { token: tokens.specialist })
    expect(page.status).toBe(200)
    const text = page.text.replace(/&#x27;|’/g, "'")
    expect(text).toContain('Codeine 30 mg the evening before')
    expect(text).toContain("Pain medicine before the block (Codeine 30 mg the evening before) at a time the diary does not show: check it was outside the clinic's 6 h no-painkiller window.")
    expect(text).toContain("Pain medicine reported inside the relief window, at 3 h (Naproxen 500 mg at 12:10): the relief may not be the block's alone.")
    // Flags and verdicts come before the chart.
    expect(text.indexOf('Flags that make this block hard to read')).toBeLessThan(text.indexOf('Pain after the block'))
    expect(text.indexOf('Series verdicts and concordance')).toBeLessThan(text.indexOf('Pain after the block'))
    const summary = await download(`/clinic/diaries/${medicatedDiary}/summary`, { Authorization: `JWT ${tokens.specialist}` })
    const summaryText = pdfPageText(summary.bytes).replace(/\s+/g, ' ')
    expect(summaryText).toContain('Before the block: pain 8 / 10, Standing at the kitchen counter; medicines: Codeine 30 mg the evening before')
    expect(summaryText).toContain('3 h: pain 1 / 10, relief 88%, Standing at the kitchen counter; medicines: Naproxen 500 mg at 12:10')
    expect(summaryText).toContain('Flag: Pain medicine reported inside the relief window, at 3 h')
    expect(summaryText).toContain('Criteria: Medicare LCD L38803')
  })

  it('writes times in hours and minutes, shows missed time points, the criteria source, and warns of a missing consent', async () => {
    const { diaryId: gappy } = await createSubmittedDiary(payload, { scores: { baseline: 8, '15-minutes': 1, '30-minutes': 1, '2-hours': 1, '3-hours': 7 } })
    const page = await request(`/clinic/diaries/${gappy}`, { token: tokens.specialist })
    const text = page.text.replace(/<!-- -->/g, '')
    expect(text).toMatch(/<th scope="row">1 h<\/th><td colSpan="5">missed: no answer<\/td>/i)
    expect(text).toContain('<th scope="row">2 h</th>')
    expect(text).not.toMatch(/\b120 min/)
    expect(text).toContain('At least 80% relief from 15 min to at least 2 h; pain back by the 3 h answer.')
    expect(text).toContain('Medicare LCD L38803, Facet Joint Interventions for Pain Management; United States (Medicare)')
    expect(text).toMatch(/role="alert"><strong>Warning:<\/strong> Not signed\./)
  })
})

describe('FHIR export', () => {
  it('writes the diary as a schema-valid R4 QuestionnaireResponse with LOINC-coded pain scores', async () => {
    const { status, json, headers } = await request(`/api/fhir/QuestionnaireResponse/${diaryId}`, { token: tokens.specialist })
    expect(status).toBe(200)
    expect(headers.get('content-type')).toContain('application/fhir+json')
    expect(new JSONSchemaValidator().validate(json)).toEqual([])
    expect(json.resourceType).toBe('QuestionnaireResponse')
    expect(json.status).toBe('completed')
    expect(json.subject.reference).toBe(`Patient/${patientId}`)
    expect(JSON.stringify(json)).toContain('72514-3')
    expect(json.extension).toBeUndefined()
    const exported = await payload.find({ collection: 'audit-events', where: { resource: { equals: 'fhir.QuestionnaireResponse' }, resourceIds: { equals: String(diaryId) } } })
    expect(exported.totalDocs).toBeGreaterThan(0)
  })

  it('writes a signed consent as a schema-valid R4 Consent, with the signed PDF as its source, for clinical staff only', async () => {
    const signer = await createTestPatient(payload, 'Fhir Signer')
    const { cookie } = await signInPatient(signer.email, TEST_PATIENT_PASSWORD, { ip: '192.0.2.78' })
    const signed = await sign(cookie, await submissionFor(payload, signer))
    expect(signed.status).toBe(201)
    const path = `/api/fhir/Consent/${signed.json.consent.id}`
    for (const [who, options] of [['editor', { token: tokens.editor }], ['patient', { headers: { Cookie: cookie } }], ['anonymous', {}]] as const) {
      const refused = await request(path, options)
      expect(refused.status, who).toBeGreaterThanOrEqual(401)
      expect(refused.text, who).not.toContain('Fhir Signer')
    }
    for (const role of ['specialist', 'admin'] as const) {
      const { status, json } = await request(path, { token: tokens[role] })
      expect(status, role).toBe(200)
      expect(new JSONSchemaValidator().validate(json)).toEqual([])
      expect(json).toMatchObject({ resourceType: 'Consent', status: 'active', patient: { reference: `Patient/${signer.id}` } })
      expect(JSON.stringify(json.scope)).toContain('treatment')
      const source = json.sourceAttachment
      expect(source.url).toBe(new URL(signed.json.consent.pdfUrl, APP_URL).toString())
      const pdf = await download(new URL(source.url).pathname, { Authorization: `JWT ${tokens[role]}` })
      expect(pdf.status).toBe(200)
      expect(pdfPageText(pdf.bytes)).toContain('Fhir Signer')
    }
  })

  it('carries the flags of the block analysis, as the review page shows them', async () => {
    const { diaryId: flagged } = await createSubmittedDiary(payload, { scores: strongReliefScores(4), medicines: { baseline: 'Paracetamol 1 g, no time given' } })
    const { status, json } = await request(`/api/fhir/QuestionnaireResponse/${flagged}`, { token: tokens.specialist })
    expect(status).toBe(200)
    expect(new JSONSchemaValidator().validate(json)).toEqual([])
    expect(json.extension).toEqual([
      {
        url: 'urn:spine-portal:extension:block-analysis-flag',
        extension: [
          { url: 'kind', valueCode: 'pre-block-analgesic' },
          { url: 'message', valueString: "Pain medicine before the block (Paracetamol 1 g, no time given) at a time the diary does not show: check it was outside the clinic's 6 h no-painkiller window." },
        ],
      },
    ])
  })

  it('answers unknown and malformed ids with a FHIR OperationOutcome', async () => {
    for (const id of ['999999', 'abc', '-1']) {
      const { status, json } = await request(`/api/fhir/QuestionnaireResponse/${id}`, { token: tokens.specialist })
      expect(status).toBe(404)
      expect(json.resourceType).toBe('OperationOutcome')
    }
  })
})

describe('the decision', () => {
  it('locks once saved: specialists cannot change it, admins can, and both are audited; the patient is told', async () => {
    const { diaryId: id, patientId: owner } = await createSubmittedDiary(payload, { scores: strongReliefScores(4) })
    const ownerEmail = (await payload.findByID({ collection: 'patients', id: owner })).email
    const first = await request(`/api/diaries/${id}`, { method: 'PATCH', token: tokens.specialist, body: { review: { decision: 'proceed-to-rfa', note: 'Good relief.' } } })
    expect(first.status).toBe(200)
    const second = await request(`/api/diaries/${id}`, { method: 'PATCH', token: tokens.specialist, body: { review: { decision: 'not-facet-mediated' } } })
    expect(second.status).toBe(403)
    expect((await payload.findByID({ collection: 'diaries', id })).review?.decision).toBe('proceed-to-rfa')

    const byAdmin = await request(`/api/diaries/${id}`, { method: 'PATCH', token: tokens.admin, body: { review: { decision: 'repeat-block' } } })
    expect(byAdmin.status).toBe(200)
    const audit = await payload.find({ collection: 'audit-events', where: { resource: { equals: 'diaries.review' }, resourceIds: { equals: String(id) } }, sort: 'createdAt' })
    expect(audit.docs.map((event) => event.detail)).toEqual(['decision proceed-to-rfa', 'decision changed from proceed-to-rfa to repeat-block'])
    const mail = mailTo(ownerEmail)
    expect(mail).toHaveLength(1)
    expect(mail[0].text).not.toMatch(/ablation|facet|relief|decision/i)
  })

  it('stamps who decided and when from the session: forged values, then and later, are ignored', async () => {
    const { diaryId: id } = await createSubmittedDiary(payload, { scores: strongReliefScores(4) })
    const staffId = async (email: string) => (await payload.find({ collection: 'users', where: { email: { equals: email } } })).docs[0].id
    const specialistId = await staffId(DEMO_STAFF_EMAIL.specialist)
    const adminId = await staffId(DEMO_STAFF_EMAIL.admin)
    const forgedStamp = { reviewedBy: adminId, reviewedAt: '2020-01-01T00:00:00.000Z' }
    const started = Date.now()
    const saved = await request(`/api/diaries/${id}`, { method: 'PATCH', token: tokens.specialist, body: { review: { decision: 'proceed-to-rfa', note: 'Good relief.', ...forgedStamp } } })
    expect(saved.status).toBe(200)
    const stored = (await payload.findByID({ collection: 'diaries', id, depth: 0 })).review
    expect(stored?.reviewedBy).toBe(specialistId)
    expect(Date.parse(stored?.reviewedAt ?? '')).toBeGreaterThanOrEqual(started - 1000)

    await request(`/api/diaries/${id}`, { method: 'PATCH', token: tokens.specialist, body: { review: forgedStamp } })
    expect((await payload.findByID({ collection: 'diaries', id, depth: 0 })).review).toMatchObject({ reviewedBy: specialistId, reviewedAt: stored?.reviewedAt })
  })

  it('cannot be recorded before the diary is submitted, nor by an editor', async () => {
    const { id } = await payload.create({
      collection: 'diaries',
      data: { appointment: (await createTestPatient(payload)).appointmentId } as never,
    })
    // Field access ignores the review of an unsubmitted diary: whatever the status code, nothing is stored.
    await request(`/api/diaries/${id}`, { method: 'PATCH', token: tokens.specialist, body: { review: { decision: 'proceed-to-rfa' } } })
    expect((await payload.findByID({ collection: 'diaries', id })).review?.decision ?? null).toBeNull()
    const editor = await request(`/api/diaries/${diaryId}`, { method: 'PATCH', token: tokens.editor, body: { review: { decision: 'proceed-to-rfa' } } })
    expect(editor.status).toBe(403)
  })

  it('is visible to its patient without the clinical note or the reviewer', async () => {
    await request(`/api/diaries/${diaryId}`, { method: 'PATCH', token: tokens.specialist, body: { review: { decision: 'repeat-block', note: 'Clinical detail only.' } } })
    const own = await request(`/api/diaries/${diaryId}`, { headers: { Cookie: patientCookie } })
    expect(own.status).toBe(200)
    expect(own.json.review.decision).toBe('repeat-block')
    expect(own.json.review.note).toBeUndefined()
    expect(own.json.review.reviewedBy).toBeUndefined()
    expect(mailTo(patientEmail).some((mail) => /result is ready/i.test(mail.subject))).toBe(true)
  })
})
