import { PDFDocument } from 'pdf-lib'
import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { WITHDRAWAL_CONTEXT } from '@/payload/consent/context'
import { pdfPageText } from '../helpers/pdfText'
import { sign, submissionFor, withdraw } from './helpers/consent'
import { APP_URL, download, request, signInStaff } from './helpers/http'
import { createTestPatient, signInPatient, TEST_PATIENT_PASSWORD, type TestPatient } from './helpers/patients'
import { getTestPayload } from './helpers/payload'

let payload: Payload
let owner: TestPatient
let ownerCookie: string
let otherCookie: string
let consentId: number
let pdfId: number
let pdfPath: string
let textSha256: string
let tokens: Record<'admin' | 'editor' | 'specialist', string>

type Pool = { query: (sql: string, values?: unknown[]) => Promise<{ rowCount: number | null; rows: unknown[] }> }
const pool = () => (payload.db as unknown as { pool: Pool }).pool
// The tables' owner: not stopped by missing grants like the app's role, only by the triggers.
let tableOwner: pg.Client

beforeAll(async () => {
  payload = await getTestPayload()
  owner = await createTestPatient(payload, 'Olive Owner')
  const other = await createTestPatient(payload, 'Oscar Other')
  ownerCookie = (await signInPatient(owner.email, TEST_PATIENT_PASSWORD)).cookie
  otherCookie = (await signInPatient(other.email, TEST_PATIENT_PASSWORD)).cookie
  const body = await submissionFor(payload, owner)
  const signed = await sign(ownerCookie, body)
  expect(signed.status, signed.text).toBe(201)
  consentId = signed.json.consent.id
  textSha256 = body.textSha256
  pdfPath = new URL(signed.json.consent.pdfUrl, APP_URL).pathname
  pdfId = (await payload.find({ collection: 'consent-pdfs', where: { consent: { equals: consentId } } })).docs[0].id
  const [admin, editor, specialist] = await Promise.all([signInStaff('admin'), signInStaff('editor'), signInStaff('specialist')])
  tokens = { admin, editor, specialist }
  tableOwner = new pg.Client({ connectionString: process.env.DATABASE_OWNER_URL })
  await tableOwner.connect()
})

afterAll(async () => {
  await tableOwner?.end()
})

describe('reading signed consents and their PDFs', () => {
  it('the patient reads their consent and downloads the PDF, which holds the typed name and the hash', async () => {
    const own = await request(`/api/consents/${consentId}`, { headers: { Cookie: ownerCookie } })
    expect(own.status).toBe(200)
    expect(own.json.textSha256).toBe(textSha256)
    const file = await download(pdfPath, { Cookie: ownerCookie })
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('application/pdf')
    expect(file.headers.get('cache-control')).toBe('private, no-store')
    expect(file.headers.get('content-disposition')).toMatch(/^attachment/)
    expect(pdfPageText(file.bytes)).toContain('Olive Owner')
    expect(pdfPageText(file.bytes)).toContain(textSha256)
    expect((await PDFDocument.load(file.bytes)).getSubject()).toContain(textSha256)
    const audit = await payload.find({ collection: 'audit-events', where: { action: { equals: 'download' }, actorId: { equals: String(owner.id) } } })
    expect(audit.docs.map((event) => event.resourceIds)).toContain(String(pdfId))
  })

  it('another patient can neither read the record nor download the PDF', async () => {
    const asOther = { headers: { Cookie: otherCookie } }
    expect((await request(`/api/consents/${consentId}`, asOther)).status).toBe(404)
    expect((await request('/api/consents?limit=100', asOther)).json.totalDocs).toBe(0)
    expect((await request(`/api/consents?where[patient][equals]=${owner.id}`, asOther)).json.totalDocs).toBe(0)
    expect((await request(`/api/consent-pdfs/${pdfId}`, asOther)).status).toBe(404)
    expect((await request('/api/consent-pdfs?limit=100', asOther)).json.totalDocs).toBe(0)
    const file = await download(pdfPath, { Cookie: otherCookie })
    expect([403, 404]).toContain(file.status)
    expect(Buffer.from(file.bytes).toString('latin1')).not.toContain('%PDF')
  })

  it('editors and anonymous callers can neither read consents nor download PDFs', async () => {
    for (const path of ['/api/consents', `/api/consents/${consentId}`, '/api/consent-pdfs', `/api/consent-pdfs/${pdfId}`]) {
      expect((await request(path, { token: tokens.editor })).status, path).toBe(403)
      expect((await request(path)).status, path).toBe(403)
    }
    for (const headers of [{ Authorization: `JWT ${tokens.editor}` }, {}] as Record<string, string>[]) {
      const file = await download(pdfPath, headers)
      expect([403, 404]).toContain(file.status)
      expect(Buffer.from(file.bytes).toString('latin1')).not.toContain('%PDF')
    }
  })

  it('specialists see which version each patient signed, download the PDF, and both are audited', async () => {
    const list = await request(`/api/consents?where[patient][equals]=${owner.id}&depth=0`, { token: tokens.specialist })
    expect(list.status).toBe(200)
    expect(list.json.docs[0]).toMatchObject({ id: consentId, documentVersion: expect.any(Number), status: 'signed' })
    const file = await download(pdfPath, { Authorization: `JWT ${tokens.specialist}` })
    expect(file.status).toBe(200)
    const events = await payload.find({ collection: 'audit-events', where: { resource: { in: ['consents', 'consent-pdfs'] }, actorCollection: { equals: 'users' } }, sort: '-createdAt', limit: 5 })
    expect(events.docs.map((event) => event.action)).toEqual(expect.arrayContaining(['download', 'read']))
  })
})

describe('signed consents never change', () => {
  it('no one can edit or delete them through REST, admins included', async () => {
    for (const token of [tokens.admin, tokens.specialist, tokens.editor]) {
      expect((await request(`/api/consents/${consentId}`, { method: 'PATCH', token, body: { typedName: 'Forged' } })).status).toBe(403)
      expect((await request(`/api/consents/${consentId}`, { method: 'DELETE', token })).status).toBe(403)
      expect((await request(`/api/consents?where[id][equals]=${consentId}`, { method: 'PATCH', token, body: { status: 'withdrawn' } })).status).toBe(403)
      expect((await request(`/api/consents?where[id][equals]=${consentId}`, { method: 'DELETE', token })).status).toBe(403)
      expect((await request(`/api/consent-pdfs/${pdfId}`, { method: 'PATCH', token, body: { sha256: 'x' } })).status).toBe(403)
      expect((await request(`/api/consent-pdfs/${pdfId}`, { method: 'DELETE', token })).status).toBe(403)
    }
    const asOwner = { headers: { Cookie: ownerCookie } }
    expect((await request(`/api/consents/${consentId}`, { method: 'PATCH', body: { status: 'withdrawn' }, ...asOwner })).status).toBe(403)
    expect((await request(`/api/consents/${consentId}`, { method: 'DELETE', ...asOwner })).status).toBe(403)
    const stored = await payload.findByID({ collection: 'consents', id: consentId })
    expect(stored).toMatchObject({ typedName: 'Olive Owner', status: 'signed' })
  })

  it('no one can edit or delete them through the Local API, even with access overridden', async () => {
    await expect(payload.update({ collection: 'consents', id: consentId, data: { typedName: 'Forged' } })).rejects.toThrow(/cannot be changed/)
    await expect(payload.update({ collection: 'consents', id: consentId, data: { status: 'withdrawn' } })).rejects.toThrow(/cannot be changed/)
    await expect(
      payload.update({ collection: 'consents', id: consentId, data: { typedName: 'Forged', status: 'withdrawn' }, context: { [WITHDRAWAL_CONTEXT]: true } }),
    ).rejects.toThrow(/cannot be changed/)
    await expect(payload.delete({ collection: 'consents', id: consentId })).rejects.toThrow(/cannot be changed or deleted/)
    const bulk = await payload.update({ collection: 'consents', where: { id: { equals: consentId } }, data: { typedName: 'Forged' } })
    expect(bulk.docs).toHaveLength(0)
    await payload.delete({ collection: 'consents', where: { id: { equals: consentId } } }).catch(() => null)
    await expect(payload.update({ collection: 'consent-pdfs', id: pdfId, data: { sha256: 'forged' } })).rejects.toThrow(/cannot be changed/)
    await expect(payload.delete({ collection: 'consent-pdfs', id: pdfId })).rejects.toThrow(/cannot be changed/)
    expect(await payload.findByID({ collection: 'consents', id: consentId })).toMatchObject({ typedName: 'Olive Owner', status: 'signed' })
    expect((await download(pdfPath, { Cookie: ownerCookie })).status).toBe(200)
  })

  it('the database refuses changes other than a withdrawal, whoever connects', async () => {
    // The app's role holds no UPDATE, DELETE or TRUNCATE on them at all.
    await expect(pool().query('UPDATE consents SET typed_name = $1 WHERE id = $2', ['Forged', consentId])).rejects.toThrow(/permission denied/)
    await expect(pool().query('DELETE FROM consents WHERE id = $1', [consentId])).rejects.toThrow(/permission denied/)
    await expect(pool().query("UPDATE consent_pdfs SET sha256 = 'forged' WHERE id = $1", [pdfId])).rejects.toThrow(/permission denied/)
    // The owner does, and the triggers stop it.
    await expect(tableOwner.query('UPDATE consents SET typed_name = $1 WHERE id = $2', ['Forged', consentId])).rejects.toThrow(/immutable/)
    await expect(tableOwner.query("UPDATE consents SET status = 'withdrawn', withdrawn_at = now(), signed_key = NULL, typed_name = 'Forged' WHERE id = $1", [consentId])).rejects.toThrow(/immutable/)
    await expect(tableOwner.query('DELETE FROM consents WHERE id = $1', [consentId])).rejects.toThrow(/immutable/)
    await expect(tableOwner.query('TRUNCATE consents CASCADE')).rejects.toThrow(/immutable/)
    await expect(tableOwner.query("UPDATE consent_pdfs SET sha256 = 'forged' WHERE id = $1", [pdfId])).rejects.toThrow(/append-only/)
    await expect(tableOwner.query('DELETE FROM consent_pdfs WHERE id = $1', [pdfId])).rejects.toThrow(/append-only/)
    // Removing the patient would clear the consent's reference: refused as well, so the record stays whole.
    await expect(payload.delete({ collection: 'patients', id: owner.id })).rejects.toThrow()
    expect(await payload.findByID({ collection: 'consents', id: consentId, depth: 0 })).toMatchObject({ patient: owner.id, typedName: 'Olive Owner' })
  })

  it('a withdrawal through the portal still works with the trigger in place, and changes only status and time', async () => {
    const before = await payload.findByID({ collection: 'consents', id: consentId, depth: 0 })
    expect((await withdraw(ownerCookie, owner.appointmentId)).status).toBe(200)
    const after = await payload.findByID({ collection: 'consents', id: consentId, depth: 0 })
    expect(after.status).toBe('withdrawn')
    const { status: _s, withdrawnAt: _w, updatedAt: _u, signedKey: _k, ...unchanged } = before
    expect(after).toMatchObject(unchanged)
    await expect(tableOwner.query("UPDATE consents SET status = 'signed' WHERE id = $1", [consentId])).rejects.toThrow(/immutable/)
  })
})
