import { DEFAULT_LOCALE, LOCALES } from '../i18n/config'
import { z } from '../zod'
import {
  MAX_DRAWING_DATA_URL_LENGTH,
  drawingIsValidPng,
  hasPngDataUrlPrefix,
  isValidBase64,
  PNG_DATA_URL_PREFIX,
} from './drawing'

export const MAX_ACKNOWLEDGEMENTS = 30

const TICK_EVERY_STATEMENT = 'Tick every statement to confirm you have read it.'

function positiveId(what: string) {
  const message = `The ${what} is missing or not valid. Reload the page and try again.`
  return z.number({ error: message }).int(message).positive(message)
}

const drawingSchema = z
  .string({ error: 'The drawn signature could not be read. Clear it and draw it again.' })
  .max(MAX_DRAWING_DATA_URL_LENGTH, {
    error: 'The drawn signature is too large. Clear it and draw it again, or leave it out.',
    abort: true,
  })
  .refine(hasPngDataUrlPrefix, { error: 'The drawn signature must be a PNG image.', abort: true })
  .refine((value) => isValidBase64(value.slice(PNG_DATA_URL_PREFIX.length)), {
    error: 'The drawn signature could not be read. Clear it and draw it again.',
    abort: true,
  })
  .refine(drawingIsValidPng, { error: 'The drawn signature must be a PNG image.' })

/**
 * What the portal sends when a patient signs a consent document. The server must also check it
 * against the document version (see `checkSubmissionAgainstDocument`). Unknown keys are stripped.
 */
export const consentSubmissionSchema = z.object({
  appointmentId: positiveId('appointment'),
  documentId: positiveId('consent document'),
  documentVersion: positiveId('consent document version'),
  textSha256: z
    .string({ error: 'The consent text fingerprint is missing. Reload the page and try again.' })
    .regex(/^[0-9a-fA-F]{64}$/, 'The consent text fingerprint is not valid. Reload the page and try again.')
    .transform((hash) => hash.toLowerCase()),
  acknowledgements: z
    .array(z.literal(true, { error: TICK_EVERY_STATEMENT }), { error: TICK_EVERY_STATEMENT })
    .min(1, TICK_EVERY_STATEMENT)
    .max(MAX_ACKNOWLEDGEMENTS, 'There are more ticked statements than the document has. Reload the page and try again.'),
  typedName: z
    .string({ error: 'Type your full name to sign.' })
    .trim()
    .min(2, 'Type your full name to sign.')
    .max(120, 'Your name must be 120 characters or fewer.'),
  drawing: drawingSchema.nullish(),
  certified: z.literal(true, { error: 'Confirm that you understand what signing means.' }),
  /** The language of the text the patient read and signs; the server checks it has that text. */
  locale: z
    .enum(LOCALES, { error: 'The language of this consent form is not one the clinic offers. Reload the page and try again.' })
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
    return 'This consent document has changed since you opened it. Reload the page to read the current version.'
  }
  if (submission.textSha256 !== expected.textSha256.toLowerCase()) {
    return 'The text you read does not match the current document. Reload the page to read it again.'
  }
  if (submission.acknowledgements.length !== expected.acknowledgementCount) return TICK_EVERY_STATEMENT
  return null
}
