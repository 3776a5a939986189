import { DEFAULT_LOCALE, LOCALES } from '../i18n/config'
import { z } from '../zod'
import { CONSENT_PROBLEMS as P } from './problems'
import {
  MAX_DRAWING_DATA_URL_LENGTH,
  drawingIsValidPng,
  hasPngDataUrlPrefix,
  isValidBase64,
  PNG_DATA_URL_PREFIX,
} from './drawing'

export const MAX_ACKNOWLEDGEMENTS = 30

const TICK_EVERY_STATEMENT = P.tickEvery

function positiveId(message: string) {
  return z.number({ error: message }).int(message).positive(message)
}

const drawingSchema = z
  .string({ error: P.drawingUnreadable })
  .max(MAX_DRAWING_DATA_URL_LENGTH, {
    error: P.drawingTooLarge,
    abort: true,
  })
  .refine(hasPngDataUrlPrefix, { error: P.drawingNotPng, abort: true })
  .refine((value) => isValidBase64(value.slice(PNG_DATA_URL_PREFIX.length)), {
    error: P.drawingUnreadable,
    abort: true,
  })
  .refine(drawingIsValidPng, { error: P.drawingNotPng })

/**
 * What the portal sends when a patient signs a consent document. The server must also check it
 * against the document version (see `checkSubmissionAgainstDocument`). Unknown keys are stripped.
 */
export const consentSubmissionSchema = z.object({
  appointmentId: positiveId(P.appointmentId),
  documentId: positiveId(P.documentId),
  documentVersion: positiveId(P.documentVersion),
  textSha256: z
    .string({ error: P.fingerprintMissing })
    .regex(/^[0-9a-fA-F]{64}$/, P.fingerprintInvalid)
    .transform((hash) => hash.toLowerCase()),
  acknowledgements: z
    .array(z.literal(true, { error: TICK_EVERY_STATEMENT }), { error: TICK_EVERY_STATEMENT })
    .min(1, TICK_EVERY_STATEMENT)
    .max(MAX_ACKNOWLEDGEMENTS, P.tooManyTicks),
  typedName: z
    .string({ error: P.typeName })
    .trim()
    .min(2, P.typeName)
    .max(120, P.nameTooLong),
  drawing: drawingSchema.nullish(),
  certified: z.literal(true, { error: P.certify }),
  /** The language of the text the patient read and signs; the server checks it has that text. */
  locale: z
    .enum(LOCALES, { error: P.locale })
    .default(DEFAULT_LOCALE),
})

export type ConsentSubmission = z.output<typeof consentSubmissionSchema>
export type ConsentSubmissionInput = z.input<typeof consentSubmissionSchema>

export interface ConsentDocumentExpectation {
  documentId: number
  documentVersion: number
  acknowledgementCount: number
  /** `sha256Hex(consentSnapshotText(document))`, computed on the server. */
  textSha256: string
}

/**
 * Plain-English reason why a parsed submission does not fit the document version the server has,
 * or null when it fits: same document and version, same text hash, one tick per statement.
 */
export function checkSubmissionAgainstDocument(
  submission: ConsentSubmission,
  expected: ConsentDocumentExpectation,
): string | null {
  if (submission.documentId !== expected.documentId || submission.documentVersion !== expected.documentVersion) {
    return P.documentChanged
  }
  if (submission.textSha256 !== expected.textSha256.toLowerCase()) {
    return P.textChanged
  }
  if (submission.acknowledgements.length !== expected.acknowledgementCount) return TICK_EVERY_STATEMENT
  return null
}
