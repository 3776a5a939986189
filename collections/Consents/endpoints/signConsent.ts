import { createHash, randomUUID } from 'node:crypto'

import { commitTransaction, initTransaction, killTransaction, type Endpoint, type PayloadRequest } from 'payload'

import {
  acceptsConsent,
  checkSubmissionAgainstDocument,
  consentSignatureMeaning,
  consentTextParts,
  drawingProblem,
  signingSubmissionSchema,
  type ConsentSubmission,
} from '@/lib/consent'
import type { Appointment, Consent, ConsentDocument, Patient, Procedure } from '@/payload-types'
import { actAs, checkPatient } from '@/payload/access'
import { unavailableSessionLookup } from '@/payload/auth/signedOut'
import { actorOf, recordAudit, requestContextOf, type AuditOutcome } from '@/payload/audit'
import { consentSnapshotOf, type ConsentSnapshot } from '@/payload/consent/content'
import { SIGNING_CONTEXT } from '@/payload/consent/context'
import { json, problem, readJsonBody, nullUnlessUnavailable } from '@/payload/http/endpoint'
import { consentPdf } from '@/payload/consent/pdf'
import { clinicFormatsFrom } from '@/payload/globals/clinicFormats'
import type { ClinicFormats } from '@/lib/dates'
import { consentDocumentIn, currentConsentDocument, pdfsFor } from '@/payload/consent/queries'
import { DEFAULT_LOCALE, LOCALE_NAMES, type Locale } from '@/lib/i18n/config'
import { relationId } from '@/lib/relations'
import { inCallersLanguage } from '@/payload/i18n/problems'

/** The drawing may be up to 200,000 characters; everything else is small. */
export const MAX_SIGNING_BODY_BYTES = 256 * 1024
const TOO_LARGE = 'The form is too large. If you drew a signature, clear it and draw it again, or leave it out.'

const NOT_FOUND_APPOINTMENT = 'That appointment was not found.'
const NOT_FOUND_DOCUMENT = 'That consent document was not found.'
const TICK_EVERY_STATEMENT = 'Tick every statement to confirm you have read it.'

function notInLanguage(locale: Locale): string {
  return `This consent form has no ${LOCALE_NAMES[locale]} text, so it cannot be signed in that language. Reload the page to read the text the clinic offers.`
}

type SigningContext = { req: PayloadRequest; patient: Patient }

export type SignedConsentSummary = {
  id: number
  status: Consent['status']
  signedAt: string
  documentId: number
  documentVersion: number
  documentTitle: string
  textSha256: string
  /** The language of the text signed. */
  locale: Locale
  typedName: string
  pdfUrl: string | null
}

function fieldErrorsOf(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of issues) errors[String(issue.path[0] ?? 'form')] ??= issue.message
  return errors
}

async function audit(req: PayloadRequest, outcome: AuditOutcome, detail: string, resourceIds: number[] = []): Promise<void> {
  await recordAudit(req.payload, { action: 'consent-signed', outcome, ...actorOf(req), resource: 'consents', resourceIds, ...requestContextOf(req.headers), detail })
}

async function refuse(req: PayloadRequest, status: number, message: string, extra: Record<string, unknown> = {}): Promise<Response> {
  await audit(req, status === 401 || status === 403 || status === 404 ? 'denied' : 'failure', `${status}: ${message}`)
  return problem(status, message, extra)
}

/** The appointment with its procedure's title in `locale` (the record's language; English where untranslated). */
async function findMyAppointment({ req, patient }: SigningContext, id: number, locale: Locale): Promise<Appointment | null> {
  return req.payload.findByID({ collection: 'appointments', id, ...actAs(patient), depth: 1, locale, req }).catch(nullUnlessUnavailable)
}

async function findPublishedDocument({ req, patient }: SigningContext, id: number): Promise<ConsentDocument | null> {
  return req.payload.findByID({ collection: 'consent-documents', id, ...actAs(patient), depth: 0, req }).catch(nullUnlessUnavailable)
}

async function findSignedConsent({ req, patient }: SigningContext, appointmentId: number, documentId: number): Promise<Consent | null> {
  const { docs } = await req.payload.find({
    collection: 'consents',
    ...actAs(patient),
    where: { appointment: { equals: appointmentId }, document: { equals: documentId }, status: { equals: 'signed' } },
    limit: 1,
    depth: 0,
  })
  return docs[0] ?? null
}

async function summaryOf({ req, patient }: SigningContext, consent: Consent): Promise<SignedConsentSummary> {
  const pdf = (await pdfsFor(req.payload, { user: patient }, [consent.id])).get(consent.id)
  return {
    id: consent.id,
    status: consent.status,
    signedAt: consent.signedAt,
    documentId: relationId(consent.document) as number,
    documentVersion: consent.documentVersion,
    documentTitle: consent.documentTitle,
    textSha256: consent.textSha256,
    locale: (consent.locale ?? DEFAULT_LOCALE) as Locale,
    typedName: consent.typedName,
    pdfUrl: pdf?.url ?? null,
  }
}

/** The clinic's name and date formats as the record states them (site settings, one read). */
async function clinicOnRecord(req: PayloadRequest): Promise<{ name: string; formats: ClinicFormats }> {
  const settings = (await req.payload.findGlobal({ slug: 'site-settings', depth: 0 }).catch(nullUnlessUnavailable)) as
    | ({ clinicName?: string } & Parameters<typeof clinicFormatsFrom>[0])
    | null
  return { name: settings?.clinicName || 'Harbour Spine Clinic', formats: clinicFormatsFrom(settings) }
}

/** `document` is the version as read in `submission.locale`: its title and text in that language. */
type Signing = SigningContext & { submission: ConsentSubmission; appointment: Appointment; document: ConsentDocument; snapshot: ConsentSnapshot }

/** The consent record and its PDF, in one transaction: both are stored, or neither. */
async function storeSignature({ req, patient, submission, appointment, document, snapshot }: Signing): Promise<Consent> {
  const signedAt = new Date().toISOString()
  const { ip = null, userAgent = null } = requestContextOf(req.headers)
  const statements = consentTextParts(snapshot.text).acknowledgements
  const { locale } = submission
  const meaning = consentSignatureMeaning(locale)
  const context = { [SIGNING_CONTEXT]: true }
  const shouldCommit = await initTransaction(req)
  try {
    const consent = await req.payload.create({
      collection: 'consents',
      req,
      context,
      depth: 0,
      data: {
        patient: patient.id,
        appointment: appointment.id,
        document: document.id,
        documentVersion: document.version as number,
        documentTitle: document.title,
        snapshotText: snapshot.text,
        textSha256: snapshot.sha256,
        locale,
        acknowledgements: statements.map((statement) => ({ statement, ticked: true })),
        typedName: submission.typedName,
        drawing: submission.drawing ?? null,
        signedAt,
        ip,
        userAgent,
        signatureMeaning: meaning,
        status: 'signed',
        signedKey: `${appointment.id}:${document.id}`,
      },
    })
    const clinic = await clinicOnRecord(req)
    const pdf = await consentPdf({
      clinicName: clinic.name,
      formats: clinic.formats,
      consentId: consent.id,
      patient: { id: patient.id, fullName: patient.fullName, dateOfBirth: patient.dateOfBirth ?? null, clinicNumber: patient.clinicNumber ?? null },
      appointment: {
        id: appointment.id,
        scheduledAt: appointment.scheduledAt,
        procedureTitle: (appointment.procedure as Procedure)?.title ?? 'Procedure',
        side: appointment.side,
        levels: appointment.levels,
      },
      document: { id: document.id, title: document.title, version: document.version as number },
      snapshotText: snapshot.text,
      textSha256: snapshot.sha256,
      acknowledgements: statements,
      typedName: submission.typedName,
      drawing: submission.drawing ?? null,
      signedAt,
      ip,
      userAgent,
      meaning,
      locale,
    })
    const data = Buffer.from(pdf)
    await req.payload.create({
      collection: 'consent-pdfs',
      req,
      context,
      depth: 0,
      data: { consent: consent.id, patient: patient.id, sha256: createHash('sha256').update(data).digest('hex') },
      file: { data, mimetype: 'application/pdf', name: `consent-${consent.id}-${randomUUID()}.pdf`, size: data.byteLength },
    })
    if (shouldCommit) await commitTransaction(req)
    return consent
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * POST /api/consents/sign, for the signed-in patient only. Applies the portal form's schema again,
 * then checks the appointment (theirs, still ahead), the document (the current published version of
 * the appointment's procedure, with the same text hash) and the drawing. Anything wrong: a clear 4xx
 * and nothing stored. A repeated submission returns the consent already signed.
 */
async function signConsent(req: PayloadRequest): Promise<Response> {
  const check = checkPatient(req.user, 'sign this consent form')
  if (!check.ok) return (check.status === 401 && (await unavailableSessionLookup(req))) || refuse(req, check.status, check.message)
  const patient = check.patient as unknown as Patient
  const body = await readJsonBody(req, { maxBytes: MAX_SIGNING_BODY_BYTES, tooLarge: TOO_LARGE })
  if (!body.ok) return refuse(req, body.status, body.message)

  const parsed = signingSubmissionSchema(patient.fullName).safeParse(body.value)
  if (!parsed.success) {
    return refuse(req, 400, parsed.error.issues[0].message, { fieldErrors: fieldErrorsOf(parsed.error.issues) })
  }
  const submission = parsed.data
  const drawing = submission.drawing ? await drawingProblem(submission.drawing) : null
  if (drawing) return refuse(req, 400, drawing, { fieldErrors: { drawing } })

  const signing = { req, patient }
  const appointment = await findMyAppointment(signing, submission.appointmentId, submission.locale)
  if (!appointment) return refuse(req, 404, NOT_FOUND_APPOINTMENT)
  if (!acceptsConsent(appointment)) {
    return refuse(req, 409, 'This appointment has already taken place or was cancelled, so its consent form can no longer be signed.')
  }
  const document = await findPublishedDocument(signing, submission.documentId)
  if (!document) return refuse(req, 404, NOT_FOUND_DOCUMENT)
  const procedureId = relationId(appointment.procedure) as number
  if (relationId(document.procedure) !== procedureId) return refuse(req, 409, 'This consent document is for a different procedure from your appointment.')
  const current = await currentConsentDocument(req.payload, { user: patient, req }, procedureId)
  if (!current?.version) return refuse(req, 409, 'There is no consent form to sign for this appointment yet.')

  // The text in the language the patient read: that translation of this version must exist.
  const shown = submission.locale === DEFAULT_LOCALE ? current : await consentDocumentIn(req.payload, { user: patient, req }, current.id, submission.locale)
  if (!shown) return refuse(req, 409, notInLanguage(submission.locale), { reload: true })
  const snapshot = await consentSnapshotOf(shown, submission.locale)
  const mismatch = checkSubmissionAgainstDocument(submission, {
    documentId: current.id,
    documentVersion: current.version,
    acknowledgementCount: snapshot.acknowledgementCount,
    textSha256: snapshot.sha256,
  })
  if (mismatch === TICK_EVERY_STATEMENT) return refuse(req, 400, mismatch, { fieldErrors: { acknowledgements: mismatch } })
  if (mismatch) return refuse(req, 409, mismatch, { reload: true })

  const existing = await findSignedConsent(signing, appointment.id, current.id)
  if (existing) return json(200, { message: 'You have already signed this consent form.', consent: await summaryOf(signing, existing) })

  let consent: Consent
  try {
    consent = await storeSignature({ ...signing, submission, appointment, document: shown, snapshot })
  } catch (error) {
    // Two submissions at once: the unique signedKey let one through; answer both with it.
    const winner = await findSignedConsent(signing, appointment.id, current.id)
    if (winner) return json(200, { message: 'You have already signed this consent form.', consent: await summaryOf(signing, winner) })
    throw error
  }
  await audit(req, 'success', `appointment ${appointment.id}, document ${current.id} version ${current.version} (${submission.locale}), text sha256 ${snapshot.sha256}`, [consent.id])
  return json(201, { message: 'Your consent is signed.', consent: await summaryOf(signing, consent) })
}

/** POST /api/consents/sign — the portal's signing form. */
export const signConsentEndpoint: Endpoint = { path: '/sign', method: 'post', handler: inCallersLanguage(signConsent) }
