import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { consentStatusesFor } from '@/payload/consent/queries'
import { currentConsentDocument, sign, submissionFor } from './helpers/consent'
import { request, signInStaff } from './helpers/http'
import { createTestPatient, signInPatient, TEST_PATIENT_PASSWORD, type TestPatient } from './helpers/patients'
import { getTestPayload } from './helpers/payload'

let payload: Payload
let editorToken: string
let patient: TestPatient
let patientCookie: string

const asEditor = () => ({ token: editorToken })

beforeAll(async () => {
  payload = await getTestPayload()
  editorToken = await signInStaff('editor')
  patient = await createTestPatient(payload, 'Vera Version')
  patientCookie = (await signInPatient(patient.email, TEST_PATIENT_PASSWORD)).cookie
})

describe('consent document versions', () => {
  let previousId: number
  let previousVersion: number
  let draftId: number
  let signedBefore: Awaited<ReturnType<typeof submissionFor>>

  it('the patient signs the current version first', async () => {
    signedBefore = await submissionFor(payload, patient)
    expect((await sign(patientCookie, signedBefore)).status).toBe(201)
  })

  it('only editors start a new version, as a draft numbered one higher, one draft at a time', async () => {
    const current = await currentConsentDocument(payload)
    previousId = current.id
    previousVersion = current.version as number
    const specialist = await signInStaff('specialist')
    expect((await request(`/api/consent-documents/${current.id}/new-version`, { method: 'POST', token: specialist })).status).toBe(403)
    expect((await request(`/api/consent-documents/${current.id}/new-version`, { method: 'POST', headers: { Cookie: patientCookie } })).status).toBe(403)

    const started = await request(`/api/consent-documents/${current.id}/new-version`, { method: 'POST', ...asEditor() })
    expect(started.status, started.text).toBe(201)
    expect(started.json.version).toBe(previousVersion + 1)
    draftId = started.json.id
    const draft = await payload.findByID({ collection: 'consent-documents', id: draftId, draft: true, depth: 0 })
    expect(draft).toMatchObject({ _status: 'draft', supersedes: previousId, title: current.title })

    const again = await request(`/api/consent-documents/${current.id}/new-version`, { method: 'POST', ...asEditor() })
    expect(again.status).toBe(409)
    expect(again.json.id).toBe(draftId)
  })

  it('patients cannot see the draft, and cannot sign it', async () => {
    expect((await request(`/api/consent-documents/${draftId}`, { headers: { Cookie: patientCookie } })).status).toBe(404)
    expect((await request(`/api/consent-documents/${draftId}`)).status).toBe(403)
    const onDraft = await sign(patientCookie, { ...signedBefore, documentId: draftId, documentVersion: previousVersion + 1 })
    expect(onDraft.status).toBe(404)
  })

  it('the editor changes and publishes the draft; the published version then never changes', async () => {
    const draft = await payload.findByID({ collection: 'consent-documents', id: draftId, draft: true, depth: 0 })
    const benefits = [...(draft.benefits ?? []).map(({ text }) => ({ text })), { text: 'You will know more about your pain after the test.' }]
    expect((await request(`/api/consent-documents/${draftId}?draft=true`, { method: 'PATCH', body: { benefits }, ...asEditor() })).status).toBe(200)
    const published = await request(`/api/consent-documents/${draftId}`, { method: 'PATCH', body: { _status: 'published' }, ...asEditor() })
    expect(published.status, published.text).toBe(200)
    expect(published.json.doc).toMatchObject({ _status: 'published', version: previousVersion + 1 })
    expect(published.json.doc.publishedAt).toBeTruthy()

    const admin = await signInStaff('admin')
    for (const token of [editorToken, admin]) {
      for (const id of [draftId, previousId]) {
        expect([403, 404]).toContain((await request(`/api/consent-documents/${id}`, { method: 'PATCH', body: { title: 'Changed' }, token })).status)
        expect([403, 404]).toContain((await request(`/api/consent-documents/${id}?draft=true`, { method: 'PATCH', body: { title: 'Changed' }, token })).status)
        expect([403, 404]).toContain((await request(`/api/consent-documents/${id}`, { method: 'DELETE', token })).status)
      }
    }
    await expect(payload.update({ collection: 'consent-documents', id: draftId, data: { title: 'Changed' } })).rejects.toThrow(/can no longer change/)
    await expect(payload.update({ collection: 'consent-documents', id: previousId, data: { _status: 'draft' } })).rejects.toThrow(/can no longer change/)
    await expect(payload.delete({ collection: 'consent-documents', id: previousId })).rejects.toThrow(/kept for good/)
    expect((await payload.findByID({ collection: 'consent-documents', id: previousId })).title).not.toBe('Changed')
  })

  it('old versions stay readable to patients', async () => {
    const old = await request(`/api/consent-documents/${previousId}`, { headers: { Cookie: patientCookie } })
    expect(old.status).toBe(200)
    expect(old.json.version).toBe(previousVersion)
  })

  it('a submission for the older version is now stale, and nothing is stored', async () => {
    const stale = await sign(patientCookie, signedBefore)
    expect(stale.status).toBe(409)
    expect(stale.json.message).toMatch(/has changed since you opened it/)
    expect((await payload.count({ collection: 'consents', where: { appointment: { equals: patient.appointmentId } } })).totalDocs).toBe(1)
  })

  it('the appointment signed on the older version shows "new version to sign" until the patient signs the new one', async () => {
    const user = { ...(await payload.findByID({ collection: 'patients', id: patient.id })), collection: 'patients' as const }
    const appointment = await payload.findByID({ collection: 'appointments', id: patient.appointmentId, depth: 0 })
    const before = (await consentStatusesFor(payload, { user }, [appointment])).get(appointment.id)
    expect(before).toMatchObject({ kind: 'new-version', signedVersion: previousVersion, currentVersion: previousVersion + 1 })

    expect((await sign(patientCookie, await submissionFor(payload, patient))).status).toBe(201)
    const after = (await consentStatusesFor(payload, { user }, [appointment])).get(appointment.id)
    expect(after).toMatchObject({ kind: 'signed', version: previousVersion + 1 })
  })

  it('staff see which version each signature was for', async () => {
    const specialist = await signInStaff('specialist')
    const list = await request(`/api/consents?where[appointment][equals]=${patient.appointmentId}&sort=signedAt&depth=0`, { token: specialist })
    expect(list.json.docs.map((consent: { documentVersion: number }) => consent.documentVersion)).toEqual([previousVersion, previousVersion + 1])
  })
})
