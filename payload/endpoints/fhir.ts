import type { DataFromCollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { diarySchedule, diaryTimePoints, isBaseline, questionnaireOfDiary } from '@/lib/diary'
import { consentToFhirConsent, diaryToQuestionnaireResponse } from '@/lib/fhir'
import type { Patient } from '@/payload-types'
import { actAs, checkClinician } from '../access'
import type { Clinician } from '../clinical/clinician'
import { loadDiaryReview } from '../clinical/diaryReview'
import { actorOf, recordAudit, requestContextOf } from '../audit'
import { serverUrl } from '../env'
import { json, nullUnlessUnavailable } from '../http/endpoint'
import { loadClinicFormats } from '../globals/clinicFormats'
import { relationId } from '@/lib/relations'

const FHIR_JSON = { 'Content-Type': 'application/fhir+json; charset=utf-8', 'Cache-Control': 'private, no-store' }

/** The toolkit's problem response as FHIR's OperationOutcome, the form FHIR clients expect. */
function outcome(status: number, code: string, diagnostics: string): Response {
  return json(status, { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, diagnostics }] }, FHIR_JSON)
}

function refuseUnlessClinician(req: PayloadRequest): Response | null {
  const check = checkClinician(req.user, 'export clinical records')
  return check.ok ? null : outcome(check.status, check.status === 401 ? 'login' : 'forbidden', check.message)
}

function idParam(req: PayloadRequest): number | null {
  const id = Number(req.routeParams?.id)
  return Number.isInteger(id) && id > 0 ? id : null
}


async function audited(req: PayloadRequest, resource: string, id: number, body: unknown): Promise<Response> {
  await recordAudit(req.payload, { action: 'export', ...actorOf(req), resource, resourceIds: [id], ...requestContextOf(req.headers) })
  return new Response(JSON.stringify(body), { headers: FHIR_JSON })
}

type AsClinician = ReturnType<typeof actAs<PayloadRequest['user']>>
type Loaded<C extends 'diaries' | 'consents'> = { id: number; doc: DataFromCollectionSlug<C>; patient: Patient; as: AsClinician }

/**
 * GET /api/fhir/<resourceType>/:id for specialists and admins: loads the record and its patient with
 * the caller's own access, turns it into a FHIR resource, audits the export.
 */
function fhirRead<C extends 'diaries' | 'consents'>(
  resourceType: string,
  collection: C,
  toResource: (req: PayloadRequest, loaded: Loaded<C>) => Promise<unknown>,
): Endpoint {
  return {
    path: `/fhir/${resourceType}/:id`,
    method: 'get',
    handler: async (req) => {
      const refusal = refuseUnlessClinician(req)
      if (refusal) return refusal
      const id = idParam(req)
      const as: AsClinician = { ...actAs(req.user) }
      const doc = id ? await req.payload.findByID({ collection, id, depth: 0, ...as }).catch(nullUnlessUnavailable) : null
      if (!id || !doc) return outcome(404, 'not-found', `${resourceType}/${req.routeParams?.id} does not exist.`)
      const patientId = relationId((doc as { patient: unknown }).patient)!
      const patient = (await req.payload.findByID({ collection: 'patients', id: patientId, depth: 0, ...as })) as Patient
      const resource = await toResource(req, { id, doc: doc as DataFromCollectionSlug<C>, patient, as })
      return audited(req, `fhir.${resourceType}`, id, resource)
    },
  }
}

/** A pain diary, NRS answers coded LOINC 72514-3. */
export const fhirQuestionnaireResponse = fhirRead('QuestionnaireResponse', 'diaries', async (req, { id, doc: diary, patient, as }) => {
  const { docs: entries } = await req.payload.find({ collection: 'diary-entries', where: { diary: { equals: id } }, limit: 200, depth: 0, ...as })
  const timePoints = diaryTimePoints(questionnaireOfDiary(diary.questionnaire))
  const { timeZone } = await loadClinicFormats(req.payload)
  const schedule = diarySchedule(diary.blockTime ? new Date(diary.blockTime) : null, timePoints, timeZone)
  const byKey = new Map(entries.map((entry) => [entry.timePointKey, entry]))
  const baseline = schedule.find(isBaseline)
  // The flags come from the same analysis the review page and the summary PDF read.
  const review = await loadDiaryReview(req.payload, req.user as unknown as Clinician, id)
  return diaryToQuestionnaireResponse({
    id,
    status: diary.status === 'submitted' ? 'submitted' : 'in-progress',
    authoredAt: diary.submittedAt ?? diary.updatedAt,
    patient: { id: patient.id, name: patient.fullName },
    appointmentId: relationId(diary.appointment)!,
    questionnaireUrl: `${serverUrl()}/fhir/Questionnaire/medial-branch-block-diary`,
    blockTime: diary.blockTime ?? null,
    baselineNrs: baseline ? (byKey.get(baseline.key)?.nrs ?? null) : null,
    entries: schedule.flatMap((point) => {
      const entry = byKey.get(point.key)
      if (!entry) return []
      const { nrs, reliefPercent, activity, medicines, answeredAt } = entry
      return [{ timePointKey: point.key, label: point.label, minutesAfterBlock: point.minutesAfterBlock, nrs, reliefPercent, activity, medicines, answeredAt }]
    }),
    flags: review?.flags ?? [],
  })
})

/** A signed consent: scope treatment, the PDF snapshot as its source. */
export const fhirConsent = fhirRead('Consent', 'consents', async (req, { id, doc: consent, patient, as }) => {
  const { docs: pdfs } = await req.payload.find({ collection: 'consent-pdfs', where: { consent: { equals: id } }, limit: 1, depth: 0, ...as })
  const pdf = pdfs[0]
  return consentToFhirConsent({
    id,
    status: consent.status === 'withdrawn' ? 'withdrawn' : 'signed',
    signedAt: consent.signedAt,
    withdrawnAt: consent.withdrawnAt ?? null,
    patient: { id: patient.id, name: patient.fullName },
    document: { id: relationId(consent.document)!, title: consent.documentTitle, version: consent.documentVersion },
    pdfUrl: pdf?.url ? new URL(pdf.url, serverUrl()).toString() : `${serverUrl()}/api/consents/${id}`,
    sha256: pdf?.sha256 ?? null,
    typedName: consent.typedName,
  })
})
