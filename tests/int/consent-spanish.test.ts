import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { CONSENT_SIGNATURE_MEANINGS, consentSnapshotText } from '@/lib/consent'
import type { ConsentDocument } from '@/payload-types'
import { consentContentOf, consentSnapshotOf } from '@/payload/consent/content'
import { pdfPageText } from '../helpers/pdfText'
import { sign, TINY_PNG } from './helpers/consent'
import { APP_URL, download, request, signInStaff } from './helpers/http'
import { signInPatient, TEST_PATIENT_PASSWORD } from './helpers/patients'
import { getTestPayload, uniqueSuffix } from './helpers/payload'

/**
 * A consent is signed in the language the patient read: a version carries its translations, the
 * record keeps the Spanish text, its hash and its locale, and adding a translation is no new version.
 * Everything here runs on a procedure of this file's own, so other files' new versions never meet it.
 */

let payload: Payload
let editorToken: string
let procedureId: number
let documentId: number
let patientCookie: string
let appointmentId: number
const patientName = 'María José Peña Núñez'

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }],
  },
})

const ENGLISH = {
  title: 'Consent to a test block',
  body: paragraph('A small injection near the nerves of the facet joints, to find where the pain comes from.'),
  benefits: [{ text: 'A clearer answer about the cause of your pain.' }],
  risks: { common: [{ text: 'Soreness where the needle went in.' }], lessCommon: [], rare: [{ text: 'Infection.' }] },
  alternatives: [{ text: 'Not having the block for now.' }],
  acknowledgements: [{ text: 'I have read this form.' }, { text: 'I know I can withdraw before the procedure.' }],
}

const SPANISH = {
  title: 'Consentimiento para un bloqueo de prueba',
  body: paragraph('Una inyección pequeña cerca de los nervios de las articulaciones facetarias, para saber de dónde viene el dolor. ¿Tiene preguntas? Llámenos.'),
  benefits: [{ text: 'Una respuesta más clara sobre la causa de su dolor.' }],
  risks: { common: [{ text: 'Dolor donde entró la aguja.' }], lessCommon: [], rare: [{ text: 'Infección.' }] },
  alternatives: [{ text: 'No hacerse el bloqueo por ahora.' }],
  acknowledgements: [{ text: 'He leído este formulario.' }, { text: 'Sé que puedo retirar mi consentimiento antes del procedimiento.' }],
}

async function documentIn(locale: 'en' | 'es'): Promise<ConsentDocument> {
  return payload.findByID({ collection: 'consent-documents', id: documentId, depth: 0, locale, fallbackLocale: false })
}

async function submission(locale: 'en' | 'es', overrides: Record<string, unknown> = {}) {
  const document = await documentIn(locale)
  const snapshot = await consentSnapshotOf(document, locale)
  return {
    appointmentId,
    documentId,
    documentVersion: document.version,
    textSha256: snapshot.sha256,
    acknowledgements: Array(snapshot.acknowledgementCount).fill(true),
    typedName: patientName,
    drawing: TINY_PNG,
    certified: true,
    locale,
    ...overrides,
  }
}

beforeAll(async () => {
  payload = await getTestPayload()
  editorToken = await signInStaff('editor')
  const suffix = uniqueSuffix()
  const procedure = await payload.create({
    collection: 'procedures',
    data: {
      _status: 'published',
      title: `Test block ${suffix}`,
      slug: `test-block-${suffix}`,
      summary: 'A procedure made by the Spanish consent test.',
      sections: [{ heading: 'What it is', kind: 'what-it-is', body: paragraph('A test.') as never }],
    },
    context: { disableRevalidate: true },
  })
  procedureId = procedure.id
  const document = await payload.create({
    collection: 'consent-documents',
    data: { _status: 'published', procedure: procedureId, ...ENGLISH, body: ENGLISH.body as never },
  })
  documentId = document.id
  const email = `paciente-${suffix}@example.com`
  const patient = await payload.create({ collection: 'patients', data: { email, fullName: patientName, dateOfBirth: '1971-03-09', password: TEST_PATIENT_PASSWORD } })
  const appointment = await payload.create({
    collection: 'appointments',
    data: {
      patient: patient.id,
      procedure: procedureId,
      scheduledAt: new Date(Date.now() + 4 * 24 * 3600 * 1000).toISOString(),
      side: 'right',
      levels: 'L4-L5',
      blockNumber: 1,
      agent: 'lidocaine',
      status: 'scheduled',
    },
  })
  appointmentId = appointment.id
  patientCookie = (await signInPatient(email, TEST_PATIENT_PASSWORD)).cookie
})

describe('a consent version carries its translations', () => {
  it('cannot be signed in Spanish before it has Spanish text, and nothing is stored', async () => {
    const english = await submission('en')
    const response = await sign(patientCookie, { ...english, locale: 'es' })
    expect(response.status, response.text).toBe(409)
    expect(response.json.message).toMatch(/no Español text/)
    expect((await payload.count({ collection: 'consents', where: { appointment: { equals: appointmentId } } })).totalDocs).toBe(0)
  })

  it('an editor adds the Spanish text to the published version: the same document and version number, no new version', async () => {
    const before = await payload.count({ collection: 'consent-documents', where: { procedure: { equals: procedureId } } })
    const englishBefore = await documentIn('en')
    const added = await request(`/api/consent-documents/${documentId}?locale=es`, { method: 'PATCH', body: SPANISH, token: editorToken })
    expect(added.status, added.text).toBe(200)

    const spanish = await documentIn('es')
    expect(spanish).toMatchObject({ id: documentId, version: englishBefore.version, title: SPANISH.title, _status: 'published' })
    const english = await documentIn('en')
    expect(english).toMatchObject({ title: ENGLISH.title, label: englishBefore.label, publishedAt: englishBefore.publishedAt, effectiveDate: englishBefore.effectiveDate })
    expect((await payload.count({ collection: 'consent-documents', where: { procedure: { equals: procedureId } } })).totalDocs).toBe(before.totalDocs)
  })

  it('once there, the Spanish text is frozen like the English: changing its meaning needs a new version', async () => {
    const changed = await request(`/api/consent-documents/${documentId}?locale=es`, { method: 'PATCH', body: { title: 'Otro título' }, token: editorToken })
    expect(changed.status).toBe(403)
    expect(changed.json.errors?.[0]?.message ?? changed.text).toMatch(/Start a new version/)
    const english = await request(`/api/consent-documents/${documentId}`, { method: 'PATCH', body: { title: 'Another title' }, token: editorToken })
    expect([403, 404]).toContain(english.status)
    expect((await documentIn('es')).title).toBe(SPANISH.title)
    expect((await documentIn('en')).title).toBe(ENGLISH.title)
  })
})

describe('signing in Spanish', () => {
  it('refuses a Spanish submission carrying the English text’s fingerprint: the text read must be the text signed', async () => {
    const english = await submission('en')
    const response = await sign(patientCookie, { ...english, locale: 'es' })
    expect(response.status).toBe(409)
    expect(response.json.reload).toBe(true)
  })

  it('refuses a language the clinic does not offer', async () => {
    const response = await sign(patientCookie, await submission('es', { locale: 'fr' }))
    expect(response.status).toBe(400)
  })

  it('keeps the exact Spanish text, its hash, the locale and the meaning in Spanish; the PDF prints the Spanish and the "ñ"', async () => {
    const body = await submission('es')
    const response = await sign(patientCookie, body)
    expect(response.status, response.text).toBe(201)
    expect(response.json.consent).toMatchObject({ locale: 'es', documentId, documentTitle: SPANISH.title })

    const consent = await payload.findByID({ collection: 'consents', id: response.json.consent.id, depth: 0 })
    const expectedText = consentSnapshotText(consentContentOf(await documentIn('es')), 'es')
    expect(consent.snapshotText).toBe(expectedText)
    expect(consent.snapshotText).toContain('Versión 1')
    expect(consent.snapshotText).toContain('Lo que usted confirma')
    expect(consent.textSha256).toBe(body.textSha256)
    expect(consent.locale).toBe('es')
    expect(consent.signatureMeaning).toBe(CONSENT_SIGNATURE_MEANINGS.es)
    expect(consent.acknowledgements).toEqual(SPANISH.acknowledgements.map(({ text }) => ({ statement: text, ticked: true })))

    const file = await download(new URL(response.json.consent.pdfUrl, APP_URL).pathname, { Cookie: patientCookie })
    expect(file.status).toBe(200)
    const pageText = pdfPageText(file.bytes).replace(/\n/g, ' ')
    expect(pageText).toContain(patientName)
    expect(pageText).toContain('¿Tiene preguntas? Llámenos.')
    expect(pageText).toContain('Sé que puedo retirar mi consentimiento antes del procedimiento.')
    expect(pageText).not.toContain('?ukasz')
    expect(pageText).not.toMatch(/Pe\?a/)
  })
})
