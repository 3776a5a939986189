import type { Coding } from 'fhir/r4'

export const LOINC_SYSTEM = 'http://loinc.org'

/** LOINC 72514-3: the 0-10 numeric pain rating of every diary time point. */
export const PAIN_SEVERITY_NRS_CODING: Readonly<Coding> = Object.freeze({
  system: LOINC_SYSTEM,
  code: '72514-3',
  display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
})

/** Put in `item.definition`: QuestionnaireResponse items have no `code` in R4. */
export const PAIN_SEVERITY_NRS_DEFINITION = 'http://loinc.org/72514-3'

export const PATIENT_CONSENT_CODING: Readonly<Coding> = Object.freeze({
  system: LOINC_SYSTEM,
  code: '59284-0',
  display: 'Patient Consent',
})

export const TREATMENT_SCOPE_CODING: Readonly<Coding> = Object.freeze({
  system: 'http://terminology.hl7.org/CodeSystem/consentscope',
  code: 'treatment',
  display: 'Treatment',
})

/** Identifier system of the portal's appointment ids (a local system: the appointment is not a FHIR resource here). */
export const APPOINTMENT_IDENTIFIER_SYSTEM = 'urn:spine-portal:appointment'

/** Consent documents have no public URL of their own: the policy of a signed consent is this URN per version. */
export function consentDocumentPolicyUri(documentId: string | number, version: number): string {
  return `urn:spine-portal:consent-document:${documentId}:version:${version}`
}

/**
 * Extension on a diary's QuestionnaireResponse: one per flag of the block analysis (what makes the
 * block hard to read), with sub-extensions `kind` (valueCode), `message` (valueString) and, when the
 * flag comes from some criteria profiles only, `profile` (valueString, repeated).
 */
export const BLOCK_ANALYSIS_FLAG_EXTENSION_URL = 'urn:spine-portal:extension:block-analysis-flag'
