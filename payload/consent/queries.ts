import type { Payload, PayloadRequest } from 'payload'

import type { Appointment, Consent, ConsentDocument, ConsentPdf } from '@/payload-types'
import { consentStatus, type ConsentRecordFacts, type ConsentStatus } from '@/lib/consent'
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/config'
import { relationId } from '@/lib/relations'
import { actAs } from '../access'

type Caller = { user: PayloadRequest['user']; req?: PayloadRequest }

function as({ user, req }: Caller) {
  return { ...actAs(user), req }
}

/** The version patients sign for a procedure: the newest published one that is in effect. */
export async function currentConsentDocument(payload: Payload, caller: Caller, procedureId: number, now = new Date()): Promise<ConsentDocument | null> {
  const { docs } = await payload.find({
    collection: 'consent-documents',
    ...as(caller),
    where: {
      procedure: { equals: procedureId },
      _status: { equals: 'published' },
      effectiveDate: { less_than_equal: now.toISOString() },
    },
    sort: '-version',
    limit: 1,
    depth: 0,
  })
  return docs[0] ?? null
}

/**
 * True when a version has its own text in the language it was read in: a title, a body and every
 * statement to tick. A version nobody translated yet reads in English (fallback), and is not signed
 * as if it were Spanish.
 */
export function hasOwnText(doc: ConsentDocument): boolean {
  return Boolean(doc.title?.trim()) && Boolean(doc.body) && (doc.acknowledgements ?? []).some((row) => row.text?.trim())
}

/** One version's own text in `locale` (no English filled in), or null when it has none in that language. */
export async function consentDocumentIn(payload: Payload, caller: Caller, id: number, locale: Locale): Promise<ConsentDocument | null> {
  const doc = await payload
    .findByID({ collection: 'consent-documents', id, ...as(caller), depth: 0, locale, fallbackLocale: false })
    .catch((error: unknown) => {
      if ((error as { status?: number }).status === 404) return null
      throw error
    })
  return doc && hasOwnText(doc) ? doc : null
}

export type ShownConsent = { document: ConsentDocument; locale: Locale }

/**
 * The current version as a patient who reads `locale` is shown it: in their language when the version
 * has that translation, else in English. The locale returned is the language of the text shown,
 * which is the language it is signed in.
 */
export async function currentConsentShown(payload: Payload, caller: Caller, procedureId: number, locale: Locale, now = new Date()): Promise<ShownConsent | null> {
  const current = await currentConsentDocument(payload, caller, procedureId, now)
  if (!current) return null
  if (locale === DEFAULT_LOCALE) return { document: current, locale }
  const translated = await consentDocumentIn(payload, caller, current.id, locale)
  return translated ? { document: translated, locale } : { document: current, locale: DEFAULT_LOCALE }
}

/** The caller's consent records for these appointments, newest first. */
export async function consentsFor(payload: Payload, caller: Caller, appointmentIds: number[]): Promise<Consent[]> {
  if (appointmentIds.length === 0) return []
  const { docs } = await payload.find({
    collection: 'consents',
    ...as(caller),
    where: { appointment: { in: appointmentIds } },
    sort: '-signedAt',
    depth: 0,
    pagination: false,
  })
  return docs
}

export async function pdfsFor(payload: Payload, caller: Caller, consentIds: number[]): Promise<Map<number, ConsentPdf>> {
  if (consentIds.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'consent-pdfs',
    ...as(caller),
    where: { consent: { in: consentIds } },
    depth: 0,
    pagination: false,
  })
  return new Map(docs.flatMap((pdf) => (relationId(pdf.consent) === null ? [] : [[relationId(pdf.consent) as number, pdf] as const])))
}

export function recordFacts(consent: Consent): ConsentRecordFacts {
  return {
    id: consent.id,
    documentId: relationId(consent.document) as number,
    documentVersion: consent.documentVersion,
    status: consent.status,
    signedAt: consent.signedAt,
    withdrawnAt: consent.withdrawnAt,
  }
}

/** For each appointment, where the patient stands with its consent (null: no consent form exists yet). */
export async function consentStatusesFor(payload: Payload, caller: Caller, appointments: Appointment[]): Promise<Map<number, ConsentStatus | null>> {
  const procedureIds = [...new Set(appointments.map((appointment) => relationId(appointment.procedure) as number))]
  const [documents, consents] = await Promise.all([
    Promise.all(procedureIds.map(async (id) => [id, await currentConsentDocument(payload, caller, id)] as const)),
    consentsFor(payload, caller, appointments.map((appointment) => appointment.id)),
  ])
  const currentByProcedure = new Map(documents)
  return new Map(
    appointments.map((appointment) => {
      const current = currentByProcedure.get(relationId(appointment.procedure) as number)
      if (!current?.version) return [appointment.id, null]
      const records = consents.filter((consent) => relationId(consent.appointment) === appointment.id).map(recordFacts)
      return [appointment.id, consentStatus(records, { id: current.id, version: current.version })]
    }),
  )
}
