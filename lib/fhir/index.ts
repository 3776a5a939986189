/** FHIR R4 exports of diaries and signed consents, for staff. See README.md. */
export type { DiaryExport, DiaryExportEntry } from './questionnaire-response'
export {
  BLOCK_TIME_LINK_ID,
  CONTAINED_QUESTIONNAIRE_ID,
  diaryToQuestionnaireResponse,
} from './questionnaire-response'
export type { ConsentExport } from './consent'
export { consentToFhirConsent } from './consent'
export {
  APPOINTMENT_IDENTIFIER_SYSTEM,
  BLOCK_ANALYSIS_FLAG_EXTENSION_URL,
  LOINC_SYSTEM,
  PAIN_SEVERITY_NRS_CODING,
  PAIN_SEVERITY_NRS_DEFINITION,
  PATIENT_CONSENT_CODING,
  TREATMENT_SCOPE_CODING,
  consentDocumentPolicyUri,
} from './codes'
export { hexToBase64 } from './primitives'
