import type { Payload } from 'payload'

import type { ConsentDocument } from '@/payload-types'
import { consentSnapshotOf } from '@/payload/consent/content'
import { request } from './http'
import type { TestPatient } from './patients'
import { relationId } from '@/lib/relations'

export const TINY_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='

/** The version patients are asked to sign now for the medial branch block (as the portal finds it). */
export async function currentConsentDocument(payload: Payload): Promise<ConsentDocument> {
  const procedure = (await payload.find({ collection: 'procedures', where: { slug: { equals: 'medial-branch-block' } }, limit: 1 })).docs[0]
  const { docs } = await payload.find({
    collection: 'consent-documents',
    where: { procedure: { equals: procedure.id }, _status: { equals: 'published' } },
    sort: '-version',
    limit: 1,
  })
  return docs[0]
}

/** A complete, correct signing submission for the patient's appointment, as the portal form sends it. */
export async function submissionFor(payload: Payload, patient: TestPatient, overrides: Record<string, unknown> = {}) {
  const document = await currentConsentDocument(payload)
  const snapshot = await consentSnapshotOf(document)
  return {
    appointmentId: patient.appointmentId,
    documentId: document.id,
    documentVersion: document.version,
    textSha256: snapshot.sha256,
    acknowledgements: Array(snapshot.acknowledgementCount).fill(true),
    typedName: patient.fullName,
    drawing: null,
    certified: true,
    ...overrides,
  }
}

export function sign(cookie: string | null, body: unknown, headers: Record<string, string> = {}) {
  return request('/api/consents/sign', { method: 'POST', body, headers: { ...(cookie ? { Cookie: cookie } : {}), ...headers } })
}

export function withdraw(cookie: string, appointmentId: number) {
  return request('/api/consents/withdraw', { method: 'POST', body: { appointmentId }, headers: { Cookie: cookie } })
}

/** How many consents and consent PDFs exist for an appointment (read with full access). */
export async function storedFor(payload: Payload, appointmentId: number): Promise<{ consents: number; pdfs: number }> {
  const consents = await payload.find({ collection: 'consents', where: { appointment: { equals: appointmentId } }, depth: 0, pagination: false })
  const ids = consents.docs.map((consent) => consent.id)
  const pdfs = ids.length ? (await payload.count({ collection: 'consent-pdfs', where: { consent: { in: ids } } })).totalDocs : 0
  return { consents: consents.totalDocs, pdfs }
}

/** Publishes the next version of the current consent, as an editor would: new draft, one change, publish. */
export async function publishNextVersion(payload: Payload, change: string): Promise<ConsentDocument> {
  const current = await currentConsentDocument(payload)
  const { id, createdAt, updatedAt, version, supersedes, publishedAt, effectiveDate, label, _status, ...content } = current
  const stripIds = (rows?: { text: string }[] | null) => (rows ?? []).map(({ text }) => ({ text }))
  const draft = await payload.create({
    collection: 'consent-documents',
    draft: true,
    data: {
      ...content,
      procedure: relationId(content.procedure)!,
      benefits: [...stripIds(content.benefits), { text: change }],
      risks: { common: stripIds(content.risks?.common), lessCommon: stripIds(content.risks?.lessCommon), rare: stripIds(content.risks?.rare) },
      alternatives: stripIds(content.alternatives),
      acknowledgements: stripIds(content.acknowledgements),
      _status: 'draft',
    },
  })
  return payload.update({ collection: 'consent-documents', id: draft.id, data: { _status: 'published' } })
}
