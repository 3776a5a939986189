/** E-consent: canonical text, hashing, name matching and the signing payload. See README.md. */
export type { ConsentDocumentContent, ConsentRisks, ConsentTextHeadings } from './snapshot'
export { CONSENT_TEXT_HEADINGS, consentSnapshotText } from './snapshot'
export { sha256Hex } from './hash'
export { namesMatch, normaliseName, tidyName } from './names'
export { describeNetworkAddress } from './address'
export {
  MAX_DRAWING_DATA_URL_LENGTH,
  PNG_DATA_URL_PREFIX,
  drawingIsValidPng,
  drawingProblem,
  isValidBase64,
} from './drawing'
export type { ConsentDocumentExpectation, ConsentSubmission, ConsentSubmissionInput } from './schema'
export { MAX_ACKNOWLEDGEMENTS, checkSubmissionAgainstDocument, consentSubmissionSchema } from './schema'
export { CONSENT_SIGNATURE_MEANING, CONSENT_SIGNATURE_MEANINGS, consentSignatureMeaning } from './meaning'
export type { ConsentRecordFacts, ConsentStatus, CurrentVersion } from './status'
export { acceptsConsent, canWithdraw, consentStatus } from './status'
export type { ConsentTextParts, TextBlock, TextLine } from './text-blocks'
export { ACKNOWLEDGEMENTS_HEADING, consentTextParts, joinTextBlocks, textBlocks } from './text-blocks'
export { NAME_MISMATCH, signingSubmissionSchema } from './submission'
export { CONSENT_PROBLEMS } from './problems'
